/**
 * What the per-vendor property tests share: value generators for the loose fields vendors send, the
 * invariants every mapped run must hold, and the three properties run for each vendor.
 */
import { isTerminal, RUN_STATUSES, type RunStatus, type WorkflowRun } from "@wfrun/core";
import assert from "node:assert/strict";
import fc from "fast-check";
import { NormalizeError } from "../shared.js";

/** Generated payloads per vendor: valid-shaped + mutated + arbitrary JSON = 10,000. */
const PROPERTY_RUNS = { validShaped: 6_000, mutated: 2_000, arbitrary: 2_000 } as const;

/** About 1.5 s alone; generous, because CI runs every package's tests at once on two cores. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** Injected into hostile payloads: an error message must never repeat it. */
const SENTINEL = "SENTINEL-sk_live_do_not_print";

const instant = fc.date({
  min: new Date("1971-01-01T00:00:00Z"),
  max: new Date("2100-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const pad = (n: number) => String(n).padStart(2, "0");
const zuoraForm = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
  `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
const withOffset = fc.tuple(instant, fc.integer({ min: -23 * 60, max: 23 * 60 })).map(([date, minutes]) => {
  const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 23);
  const sign = minutes < 0 ? "-" : "+";
  return `${local}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
});

/** Every documented timestamp form, and values that are not an instant (they must become null). */
export const timestampValue: fc.Arbitrary<unknown> = fc.oneof(
  instant.map((d) => d.toISOString()),
  instant.map((d) => d.toISOString().replace(/\.\d{3}Z$/, "Z")),
  withOffset,
  instant.map((d) => Math.floor(d.getTime() / 1000)),
  instant.map((d) => d.getTime() / 1000),
  instant.map((d) => String(Math.floor(d.getTime() / 1000))),
  instant.map((d) => `${zuoraForm(d)} UTC`),
  instant.map(zuoraForm),
  fc.constantFrom(
    "2019-13-10 19:32:21 UTC",
    "2023-02-30T00:00:00Z",
    "2019-09-10T25:00:00Z",
    "NaN",
    "",
    "yesterday",
    "99999-01-01T00:00:00Z",
    "1e9",
    -1,
    1e300,
    1705407629000000,
  ),
  fc.string({ maxLength: 30 }),
  fc.constant(null),
);

/** A count as vendors send it: a number, a digit string, a digit string beyond 2^53, or junk. */
export const countValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.nat(),
  fc.nat().map(String),
  fc.bigInt({ min: 2n ** 53n, max: 10n ** 30n }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(null, -3, "abc", "", "1.5e3", true),
);

/** A count that is still a count: what a valid payload carries where the outcome depends on it. */
export const validCountValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.nat({ max: 20 }),
  fc.nat({ max: 20 }).map(String),
  fc.constant(null),
);

export const idValue: fc.Arbitrary<string | number> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.uuid(),
  fc.nat(),
  fc.bigInt({ min: 2n ** 53n, max: 10n ** 20n }).map(String),
);

export const jsonObject: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.string({ maxLength: 10 }),
  fc.jsonValue({ maxDepth: 1 }),
  { maxKeys: 4 },
);

/** Fields no document lists yet: a vendor may add them any day. */
export function withExtraFields<T extends object>(payload: fc.Arbitrary<T>, known: readonly string[]) {
  const extra = fc.dictionary(
    fc.string({ maxLength: 12 }).filter((key) => !known.includes(key)),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 3 },
  );
  return fc.tuple(payload, extra).map(([fields, extras]) => ({ ...extras, ...fields }));
}

/** A documented status most of the time, else any string (a status the vendor may add). */
export function statusValue(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.string() });
}

/** A vendor word looked up in a test's own status table; inherited keys such as `constructor` are no status. */
export function documentedStatus(table: Record<string, RunStatus>, word: unknown): RunStatus {
  return typeof word === "string" && Object.hasOwn(table, word) ? table[word]! : "unknown";
}

/** As it arrives from the wire: a JSON text parsed back, so it holds no `undefined` and no `-0`. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * What every run from every mapper holds, whatever the payload was. Plain node:assert rather than `expect`:
 * this runs 10,000 times per vendor, and it keeps the whole suite within seconds.
 */
function expectValidRun(run: WorkflowRun, provider: string, payload: unknown, before: string): void {
  assert.equal(run.provider, provider);
  assert.equal(run.raw, payload, "raw is the payload itself");
  assert.equal(JSON.stringify(payload), before, "the mapper left the payload untouched");
  assert.ok(typeof run.id === "string" && run.id !== "", "id is a non-empty string");
  assert.ok(run.workflowId === null || typeof run.workflowId === "string", "workflowId is a string or null");
  assert.ok(RUN_STATUSES.includes(run.status), "status is a RunStatus");
  assert.equal(typeof run.providerStatus, "string");
  for (const at of [run.createdAt, run.startedAt, run.finishedAt]) {
    if (at !== null)
      assert.ok(ISO_UTC.test(at) && new Date(at).toISOString() === at, `${at} is ISO 8601 UTC`);
  }
  if (run.durationMs !== null) assert.ok(isAmount(run.durationMs), `durationMs ${run.durationMs} is ≥ 0`);
  for (const record of [run.inputs, run.outputs]) {
    assert.ok(record === null || (typeof record === "object" && !Array.isArray(record)), "an object or null");
  }
  if (run.error !== null) assert.ok(run.error.message === null || typeof run.error.message === "string");
  for (const amount of Object.values(run.usage)) assert.ok(isAmount(amount), `usage ${amount} is ≥ 0`);
  // raw is the payload as given; the rest is the model, which must survive JSON whatever the payload held.
  const { raw: _raw, ...model } = run;
  assert.deepStrictEqual(JSON.parse(JSON.stringify(model)), model);
}

const isAmount = (value: number) => Number.isFinite(value) && value >= 0 && !Object.is(value, -0);

/** A refusal: a NormalizeError naming the provider and a JSON path, quoting nothing from the payload. */
export function expectRefusal(error: unknown, provider: string): void {
  assert.ok(error instanceof NormalizeError, `${String(error)} is a NormalizeError`);
  assert.equal(error.provider, provider);
  assert.match(error.path, /^\$(\.[A-Za-z_]+)*$/);
  assert.ok(error.message.includes(error.path), "the message names the path");
  assert.ok(!error.message.includes(SENTINEL), "the message quotes nothing from the payload");
}

export interface VendorProperties {
  provider: string;
  map(payload: unknown): WorkflowRun;
  validShaped: fc.Arbitrary<Record<string, unknown>>;
  /** The documented status of a valid payload, computed apart from the mapper. */
  expectedStatus(payload: Record<string, unknown>): RunStatus;
  /** Whether the vendor's docs call this payload's status final. */
  documentedTerminal(payload: Record<string, unknown>): boolean;
  /** Vendor-specific checks on a valid payload's run. */
  check?(run: WorkflowRun, payload: Record<string, unknown>): void;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(SENTINEL, [SENTINEL], { message: SENTINEL }, -0, ""),
);

/** The three properties every vendor's mapper must hold. */
export function checkVendorProperties(vendor: VendorProperties): void {
  fc.assert(
    fc.property(vendor.validShaped.map(wire), (payload) => {
      const before = JSON.stringify(payload);
      const run = vendor.map(payload);
      expectValidRun(run, vendor.provider, payload, before);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(run)), run, "raw too survives JSON, off the wire");
      assert.equal(run.status, vendor.expectedStatus(payload));
      assert.equal(
        isTerminal(run.status),
        vendor.documentedTerminal(payload),
        "isTerminal agrees with the docs",
      );
      vendor.check?.(run, payload);
    }),
    { numRuns: PROPERTY_RUNS.validShaped },
  );

  const mutated = fc
    .tuple(vendor.validShaped, fc.nat(), hostileValue, fc.boolean())
    .map(([payload, pick, value, remove]) => {
      const keys = Object.keys(payload);
      const key = keys[pick % Math.max(keys.length, 1)] ?? "id";
      const copy: Record<string, unknown> = { ...payload };
      if (remove) delete copy[key];
      else copy[key] = value;
      return copy;
    });
  const arbitrary = fc.oneof(fc.jsonValue({ maxDepth: 3 }), jsonObject, hostileValue);
  for (const [payloads, numRuns] of [
    [mutated, PROPERTY_RUNS.mutated],
    [arbitrary, PROPERTY_RUNS.arbitrary],
  ] as const) {
    fc.assert(
      fc.property(payloads, (payload) => {
        const before = JSON.stringify(payload);
        let run: WorkflowRun;
        try {
          run = vendor.map(payload);
        } catch (error) {
          expectRefusal(error, vendor.provider);
          return;
        }
        expectValidRun(run, vendor.provider, payload, before);
      }),
      { numRuns },
    );
  }
}
