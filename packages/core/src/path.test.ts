import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./errors.js";
import { assertPathSegment } from "./path.js";

describe("assertPathSegment", () => {
  it.each([
    "",
    " ",
    ".",
    "..",
    "%2e",
    "%2E%2e",
    "%252e%252e",
    "a\u0000b",
    "a\nb",
    "a\u007fb",
    "a\u0085b",
    "\ud800",
    "x\udc00",
    "\udc00x",
    "\ud83d\ude80\ude80",
    "a\ud83d",
  ])("refuses %j", (value) => {
    expect(() => assertPathSegment("id", value)).toThrow(InvalidArgumentError);
  });

  it.each([
    "run_1",
    "a/b",
    "x?y#z",
    "...",
    ".hidden",
    "日本語",
    "🚀",
    "\ud83d\ude80\ud83d\ude80",
    "a%2Fb",
    "x".repeat(4096),
  ])("accepts %j", (value) => {
    expect(() => assertPathSegment("id", value)).not.toThrow();
  });

  it("refuses non-strings and names the argument", () => {
    for (const value of [undefined, null, 1, {}]) {
      const error = (() => {
        try {
          assertPathSegment("runId", value);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe("runId");
    }
  });
});
