import { WfrunError } from "@wfrun/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  durationMs,
  isoTimestamp,
  nonNegativeNumber,
  NormalizeError,
  isoFromMs,
  recordFrom,
  runError,
} from "./shared.js";

describe("isoTimestamp", () => {
  it.each([
    ["ISO with milliseconds (Stripe, Copy.ai)", "2026-04-08T14:33:27.076Z", "2026-04-08T14:33:27.076Z"],
    ["ISO without milliseconds", "2023-09-27T18:24:47Z", "2023-09-27T18:24:47.000Z"],
    ["ISO with microseconds", "2023-09-27T18:24:47.123456Z", "2023-09-27T18:24:47.123Z"],
    ["ISO with an offset", "2026-04-08T16:33:27.076+02:00", "2026-04-08T14:33:27.076Z"],
    ["ISO with a compact negative offset", "2026-04-08T09:03:27-0530", "2026-04-08T14:33:27.000Z"],
    ["ISO without a zone (read as UTC)", "2026-04-08T14:33:27", "2026-04-08T14:33:27.000Z"],
    ["an offset that crosses midnight", "2026-01-01T00:30:00+01:00", "2025-12-31T23:30:00.000Z"],
    ["a date alone", "2026-04-08", "2026-04-08T00:00:00.000Z"],
    ["Zuora's form", "2019-09-10 19:32:21 UTC", "2019-09-10T19:32:21.000Z"],
    ["Zuora's documented form without UTC", "2019-09-10 19:32:21", "2019-09-10T19:32:21.000Z"],
    ["unix seconds (Dify)", 1705407629, "2024-01-16T12:20:29.000Z"],
    ["unix seconds with a fraction", 1705407629.25, "2024-01-16T12:20:29.250Z"],
    ["unix seconds as a digit string", "1705407629", "2024-01-16T12:20:29.000Z"],
    ["unix seconds as a padded digit string", " 1705407629.5 ", "2024-01-16T12:20:29.500Z"],
    ["the epoch", 0, "1970-01-01T00:00:00.000Z"],
    ["the last instant of year 9999", "9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"],
    ["surrounding spaces", " 2019-09-10 19:32:21 UTC ", "2019-09-10T19:32:21.000Z"],
  ])("reads %s", (_, value, expected) => {
    expect(isoTimestamp(value)).toBe(expected);
  });

  it.each([
    ["month 13", "2019-13-10 19:32:21 UTC"],
    ["month 0", "2019-00-10T00:00:00Z"],
    ["February 30", "2024-02-30T00:00:00Z"],
    ["February 29 of a common year", "2023-02-29T00:00:00Z"],
    ["February 29 of 1900", "1900-02-29T00:00:00Z"],
    ["April 31", "2024-04-31T00:00:00Z"],
    ["hour 24", "2024-04-01T24:00:00Z"],
    ["minute 60", "2024-04-01T23:60:00Z"],
    ["a leap second", "2016-12-31T23:59:60Z"],
    ["an offset of 24 hours", "2024-04-01T10:00:00+24:00"],
    ["a zone name", "2024-04-01 10:00:00 CET"],
    ["a five-digit year", "10000-01-01T00:00:00Z"],
    ["a year before 1970", "1969-12-31T23:59:59Z"],
    ["the year 0", "0000-01-01T00:00:00Z"],
    ["beyond year 9999 after the offset", "9999-12-31T23:59:59-01:00"],
    ["milliseconds sent as seconds", 1705407629123],
    ["negative seconds", -1],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["an exponent string", "1.7e9"],
    ["the string NaN", "NaN"],
    ["an empty string", ""],
    ["words", "yesterday at noon"],
    ["a locale date", "04/08/2026"],
    ["a Date object", new Date(0)],
    ["null", null],
    ["undefined", undefined],
    ["a boolean", true],
  ])("makes %s null", (_, value) => {
    expect(isoTimestamp(value)).toBeNull();
  });

  it("gives back every instant of years 1970–9999 it is given in ISO, Zuora or unix form", () => {
    const instants = fc.date({
      min: new Date(0),
      max: new Date("9999-12-31T23:59:59.999Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (date) => {
        const iso = date.toISOString();
        const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
        return (
          isoTimestamp(iso) === iso &&
          isoTimestamp(iso.slice(0, 19).replace("T", " ") + " UTC") === seconds &&
          isoTimestamp(date.getTime() / 1000) === iso
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws and answers null or a canonical ISO string for any value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        const iso = isoTimestamp(value);
        return iso === null || new Date(iso).toISOString() === iso;
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("nonNegativeNumber", () => {
  it.each([
    [9001, 9001],
    ["9001", 9001],
    ["12345678901234567890", 12345678901234567890],
    ["2.5", 2.5],
    [0, 0],
    [-0, 0],
    [-1, undefined],
    ["-1", undefined],
    ["", undefined],
    ["1e3", undefined],
    [" 1", undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ["9".repeat(400), undefined], // digits that overflow to Infinity
    [null, undefined],
    [true, undefined],
  ])("reads %j as %j", (value, expected) => {
    const number = nonNegativeNumber(value);
    expect(number).toBe(expected);
    if (number !== undefined) expect(Object.is(number, -0)).toBe(false);
  });
});

describe("durationMs", () => {
  const start = "2024-01-16T12:20:29.000Z";
  const finish = "2024-01-16T12:20:30.500Z";

  it("prefers the vendor's seconds, rounded to milliseconds", () => {
    expect(durationMs(64.513026, start, finish)).toBe(64513);
    expect(durationMs("2", start, finish)).toBe(2000);
    expect(Object.is(durationMs(0, null, null), 0)).toBe(true);
  });

  it("falls back on finish − start, and gives null rather than a negative or NaN", () => {
    expect(durationMs(null, start, finish)).toBe(1500);
    expect(durationMs(-3, start, finish)).toBe(1500);
    expect(durationMs(Number.NaN, start, finish)).toBe(1500);
    expect(durationMs(Number.MAX_VALUE, start, finish)).toBe(1500); // seconds too large for milliseconds
    expect(durationMs(undefined, finish, start)).toBeNull();
    expect(durationMs(undefined, start, null)).toBeNull();
    expect(durationMs(undefined, null, finish)).toBeNull();
  });
});

describe("isoFromMs", () => {
  it("formats every instant from 1970 to 9999 exactly as Date#toISOString", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [
      0,
      Date.UTC(2000, 1, 29),
      Date.UTC(2100, 2, 1) - 1,
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ]) {
      expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

describe("recordFrom", () => {
  it("copies an object so the model shares nothing with raw", () => {
    const source = { a: { b: [1, 2] } };
    const copy = recordFrom(source, "acme", "$.inputs")!;
    expect(copy).toStrictEqual(source);
    expect(copy.a).not.toBe(source.a);
  });

  it("makes what JSON would make of values JSON cannot hold", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const record = recordFrom(
      {
        gone: undefined,
        fn: () => 1,
        zero: -0,
        nan: Number.NaN,
        big: 12n,
        when: new Date(0),
        list: [undefined, -0],
        cyclic,
      },
      "acme",
      "$.inputs",
    );
    expect(record).toStrictEqual({
      zero: 0,
      nan: null,
      big: "12",
      when: "1970-01-01T00:00:00.000Z",
      list: [null, 0],
      cyclic: { name: "loop", self: null },
    });
    expect(JSON.parse(JSON.stringify(record))).toStrictEqual(record);
  });

  it("refuses an object nested deeper than core's JSON limit with NormalizeError, without overflowing", () => {
    let deepObject: unknown = {};
    for (let i = 0; i < 100_000; i++) deepObject = { next: deepObject };
    const error = (() => {
      try {
        recordFrom(deepObject, "acme", "$.inputs");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NormalizeError);
    expect((error as NormalizeError).path).toBe("$.inputs");
  });

  it("refuses anything but an object (a JSON string is the Dify mapper's to parse)", () => {
    for (const value of ['{"a":1}', "", "{", "[]", "null", "1", '"x"', 1, true, null, undefined, [1]]) {
      expect(recordFrom(value, "acme", "$.inputs")).toBeNull();
    }
  });
});

describe("runError", () => {
  it("keeps a message and a code, and marks a failure without one", () => {
    expect(runError("boom", "failed")).toStrictEqual({ message: "boom" });
    expect(runError({ message: "boom", code: "E1" }, "failed")).toStrictEqual({
      message: "boom",
      code: "E1",
    });
    expect(runError({ code: "E1" }, "succeeded")).toStrictEqual({ message: null, code: "E1" });
    expect(runError(null, "failed")).toStrictEqual({ message: null });
    expect(runError("", "partially_succeeded")).toStrictEqual({ message: null });
    expect(runError(undefined, "succeeded")).toBeNull();
    expect(runError({ message: 5 }, "running")).toBeNull();
  });
});

describe("NormalizeError", () => {
  it("is a WfrunError naming the provider and the path", () => {
    const error = new NormalizeError("zuora", "$.tasks.error", "must be a count of tasks");
    expect(error).toBeInstanceOf(WfrunError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "NormalizeError", provider: "zuora", path: "$.tasks.error" });
    expect(error.message).toBe("Cannot normalize this zuora payload: $.tasks.error must be a count of tasks");
  });
});
