/**
 * What every mapper shares: the error, reading the few required fields, and turning the vendors' loose
 * values (timestamps in four forms, numbers as strings, JSON as strings) into the model's strict ones.
 * Internal: each subpath bundles this module and its own mapper, nothing else of this package.
 */
import { WfrunError, type RunError, type RunStatus } from "@wfrun/core";
import { isObject, MAX_JSON_DEPTH } from "@wfrun/core/provider";

export type JsonObject = Record<string, unknown>;

/**
 * The payload is not the vendor's run at all (not an object, no id, a status of the wrong type). The message
 * names the provider and the JSON path of the first bad field, never a value from the payload.
 */
export class NormalizeError extends WfrunError {
  override name = "NormalizeError";
  override readonly provider: string;
  /** The JSON path of the first field that is wrong, such as `$.data.id` (`$` is the payload itself). */
  readonly path: string;

  constructor(provider: string, path: string, problem: string) {
    super(`Cannot normalize this ${provider} payload: ${path} ${problem}`, { provider });
    this.provider = provider;
    this.path = path;
  }
}

/** The JSON type of a value, for messages: a type says what went wrong without quoting the payload. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

export function requireObject(value: unknown, provider: string, path: string): JsonObject {
  if (!isObject(value)) throw new NormalizeError(provider, path, `must be an object (got ${kindOf(value)})`);
  return value;
}

/** An id as a string: vendors send strings, Zuora sends numbers, and core keeps huge integers as digit strings. */
export function idOf(value: unknown): string | null {
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value + 0);
  return null;
}

export function requireId(value: unknown, provider: string, path: string): string {
  const id = idOf(value);
  if (id === null) {
    const got = value === "" ? "an empty string" : kindOf(value);
    throw new NormalizeError(provider, path, `must be a non-empty string or a number (got ${got})`);
  }
  return id;
}

export function requireStatus(value: unknown, provider: string, path: string): string {
  if (typeof value !== "string")
    throw new NormalizeError(provider, path, `must be a string (got ${kindOf(value)})`);
  return value;
}

/** A status the vendor may leave out (Copy.ai): `null` when absent, a refusal when of another type. */
export function optionalStatus(value: unknown, provider: string, path: string): string | null {
  return value === undefined || value === null ? null : requireStatus(value, provider, path);
}

/** Looks a vendor word up in a status table; a word the table does not know is `unknown`, never a throw. */
export function statusFrom(table: ReadonlyMap<string, RunStatus>, providerStatus: string): RunStatus {
  return table.get(providerStatus) ?? "unknown";
}

const NUMERIC_STRING = /^\d+(?:\.\d+)?$/;

/**
 * A count or an amount the model wants as a number: a finite number ≥ 0, or a string of digits (core keeps
 * integers beyond 2^53 as digit strings; Copy.ai sends credits as `"9001"`). Anything else is `undefined`.
 */
export function nonNegativeNumber(value: unknown): number | undefined {
  const number = typeof value === "string" && NUMERIC_STRING.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number) || number < 0) return undefined;
  return number + 0; // -0 would not survive a JSON round trip
}

// ISO 8601 and the forms around it that vendors send: `T` or a space between date and time, optional seconds
// and fraction, and `Z`, `UTC`, `GMT` or an offset, with or without a space before it (Zuora's
// `2019-09-10 19:32:21 UTC`, also documented without ` UTC`). No zone means UTC: these are API timestamps.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)? ?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const EARLIEST_MS = 0; // 1970-01-01: no workflow run is older, and smaller values are unset fields or bugs
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999); // beyond, ISO 8601 needs an expanded year

/** ISO 8601 UTC with milliseconds, or `null` for a value that is absent or not a real instant. */
export function isoTimestamp(value: unknown): string | null {
  // Most timestamps arrive in one of two exact forms; reading those by position is 5–10× cheaper than a Date.
  if (typeof value === "string") {
    if (value.length === 24 && CANONICAL.test(value)) return validParts(value, 11) ? value : null;
    if (value.length === 23 && ZUORA.test(value)) {
      return validParts(value, 11) ? `${value.slice(0, 10)}T${value.slice(11, 19)}.000Z` : null;
    }
  }
  let ms: number | null = null;
  const text = typeof value === "string" ? value.trim() : undefined;
  if (typeof value === "number") ms = Number.isFinite(value) ? Math.round(value * 1000) : null;
  else if (text !== undefined && NUMERIC_STRING.test(text)) ms = Math.round(Number(text) * 1000);
  else if (text !== undefined) ms = dateTimeMs(text);
  if (ms === null || !Number.isFinite(ms) || ms < EARLIEST_MS || ms > LATEST_MS) return null;
  return isoFromMs(ms);
}

const DAY_MS = 86_400_000;
const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * `new Date(ms).toISOString()` for 1970–9999, by arithmetic: on Node 20 a Date costs about 1 µs to format,
 * more than the rest of a mapper. Civil-from-days after Howard Hinnant's `chrono`-compatible algorithm.
 */
export function isoFromMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = Math.round(rest - seconds * 1000);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}

// `2026-04-22T10:15:30.123Z` (Stripe, Copy.ai) and `2019-09-10 19:32:21 UTC` (Zuora).
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ZUORA = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/;

/** Whether the digits of a fixed-position date-time (time starting at `timeAt`) name a real instant. */
function validParts(text: string, timeAt: number): boolean {
  const number = (from: number, length: number) => Number(text.slice(from, from + length));
  const year = number(0, 4);
  const month = number(5, 2);
  const day = number(8, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return number(timeAt, 2) <= 23 && number(timeAt + 3, 2) <= 59 && number(timeAt + 6, 2) <= 59;
}

type DateTimeParts = [number, number, number, number, number, number];

function dateTimeMs(text: string): number | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone = "Z"] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as DateTimeParts;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === null) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  date.setUTCHours(h, mi, s, Number(fraction.slice(0, 3).padEnd(3, "0")));
  return date.getTime() - offsetMinutes * 60_000;
}

function zoneOffsetMinutes(zone: string): number | null {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const [, sign, hours, minutes = "0"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Milliseconds from the vendor's own duration in seconds when it sent a usable one (it may include waiting that
 * the timestamps do not show), else from start to finish. Never negative, never NaN.
 */
export function durationMs(
  vendorSeconds: unknown,
  start: string | null,
  finish: string | null,
): number | null {
  const seconds = nonNegativeNumber(vendorSeconds);
  if (seconds !== undefined) {
    const ms = Math.round(seconds * 1000);
    if (Number.isSafeInteger(ms)) return ms + 0; // beyond, it is no duration a run can have had
  }
  if (start === null || finish === null) return null;
  const elapsed = Date.parse(finish) - Date.parse(start);
  return elapsed >= 0 ? elapsed : null;
}

/**
 * An object field of the model from what the vendor sent: an object, copied. Anything else is `null` in the
 * model and stays only in `raw`. Nesting deeper than core's JSON limit is refused with `NormalizeError`.
 */
export function recordFrom(value: unknown, provider: string, path: string): JsonObject | null {
  if (!isObject(value)) return null;
  const copy = jsonCopy(value, new Set(), 0);
  if (copy === TOO_DEEP) throw tooDeep(provider, path);
  return copy as JsonObject;
}

const TOO_DEEP = Symbol("too deep");

export function tooDeep(provider: string, path: string): NormalizeError {
  return new NormalizeError(provider, path, `is nested deeper than ${MAX_JSON_DEPTH} levels`);
}

/**
 * A copy that is what `JSON.parse(JSON.stringify(value))` would give, so the model round-trips and does not
 * share objects with `raw`: `-0` becomes 0, a non-finite number null, an `undefined` member disappears.
 */
function jsonCopy(value: unknown, seen: Set<object>, depth: number): unknown {
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object") return value;
  if (depth > MAX_JSON_DEPTH) return TOO_DEEP;
  if (seen.has(value)) return null; // a cycle cannot come from JSON; cut it rather than recurse forever
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return jsonCopy(toJSON.call(value), seen, depth);
  seen.add(value);
  let copy: unknown[] | JsonObject;
  if (Array.isArray(value)) {
    copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = isJsonless(value[i]) ? null : jsonCopy(value[i], seen, depth + 1);
      if (item === TOO_DEEP) return TOO_DEEP;
      copy[i] = item;
    }
  } else {
    copy = {};
    const source = value as JsonObject;
    for (const key of Object.keys(source)) {
      if (isJsonless(source[key])) continue;
      const item = jsonCopy(source[key], seen, depth + 1);
      if (item === TOO_DEEP) return TOO_DEEP;
      // Own data even for a key named `__proto__`, as JSON.parse makes it.
      if (key === "__proto__")
        Object.defineProperty(copy, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else copy[key] = item;
    }
  }
  seen.delete(value);
  return copy;
}

function isJsonless(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/**
 * The model's error: the vendor's message (a string, or an object with `message` and maybe `code`), or
 * `{ message: null }` when the run failed without saying why; `null` for a run that did not fail.
 */
export function runError(vendorError: unknown, status: RunStatus): RunError | null {
  if (typeof vendorError === "string" && vendorError !== "") return { message: vendorError };
  if (isObject(vendorError)) {
    const { message, code } = vendorError;
    const error: RunError = { message: typeof message === "string" && message !== "" ? message : null };
    if (typeof code === "string" && code !== "") error.code = code;
    if (error.message !== null || error.code !== undefined) return error;
  }
  return status === "failed" || status === "partially_succeeded" ? { message: null } : null;
}
