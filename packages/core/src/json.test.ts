import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "./json.js";

describe("parseJson", () => {
  it("keeps integers beyond 2^53 as their exact digits", () => {
    expect(parseJson('{"id": 90071992547409931, "n": 12, "f": 1.5e300, "s": "90071992547409931"}')).toEqual({
      id: "90071992547409931",
      n: 12,
      f: 1.5e300,
      s: "90071992547409931",
    });
    expect(parseJson("[-90071992547409931, 9007199254740991]")).toEqual([
      "-90071992547409931",
      9007199254740991,
    ]);
  });

  it("leaves digits inside strings alone, escaped quotes included", () => {
    expect(parseJson('{"a": "x\\"12345678901234567890\\"", "b": 1}')).toEqual({
      a: 'x"12345678901234567890"',
      b: 1,
    });
  });

  it("agrees with JSON.parse on every JSON value, unsafe integers aside", () => {
    // JSON.stringify writes an unsafe integer as plain digits (below 1e21): exactly what parseJson keeps.
    const unsafeAsDigits = (_: string, v: unknown) =>
      typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v) && !/e/i.test(String(v))
        ? String(v)
        : v;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJson(text)).toEqual(JSON.parse(text, unsafeAsDigits));
      }),
      { numRuns: 2000 },
    );
  });

  it("throws SyntaxError on broken JSON", () => {
    expect(() => parseJson('{"id": 123456789012345678')).toThrow(SyntaxError);
    expect(() => parseJson("<html>")).toThrow(SyntaxError);
  });
});
