/**
 * The one place that decides what of a request or response may be shown: in errors, in log lines and
 * in CLI output. Two rules, both applied everywhere:
 * 1. anything *named* like a credential (headers, JSON fields, query or form parameters) becomes `***`;
 * 2. any known secret value (the client's key, token, client secret) is cut out of free text too, so a
 *    vendor or proxy that echoes a key back cannot leak it through a message.
 */

import { MAX_JSON_DEPTH } from "./json.js";

export const REDACTED = "***";

const SHORTEST_SECRET = 4;

/** Words that make any name a credential's, wherever they stand (`password_hash`, `set-cookie`). */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  "secret",
  "secrets",
  "password",
  "passwd",
  "passphrase",
  "credential",
  "credentials",
  "authorization",
  "cookie",
  "signature",
  "apikey",
]);
/**
 * The last word names what a compound is (`access_token` is a token, `token_count` a count), so these make a
 * name sensitive only at its end; glued forms such as `accesstoken` or `clientsecret` count too.
 */
const CREDENTIAL_LAST_WORD = /(token|secret|password|passwd|apikey|accesskey|secretkey|privatekey)$/;
/** A `key` that names data, not a credential: `idempotency_key`, `primary_key`, `sort_key` … */
const DATA_KEY_QUALIFIERS: ReadonlySet<string> = new Set([
  "idempotency",
  "primary",
  "foreign",
  "sort",
  "partition",
  "cache",
  "public",
  "object",
  "lookup",
  "dedup",
  "dedupe",
  "unique",
  "row",
]);

/** `x-copy-ai-api-key`, `client_secret`, `apiKey`, `XAPIKey`, `a.b` → lower-cased words. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/**
 * True when a header, field or parameter name is a credential's. Matched by whole words, so diagnostic fields
 * that merely contain one (`keywords`, `monkey`, `token_count`, `total_tokens`, `idempotency_key`) stay visible.
 */
export function isSensitiveName(name: string): boolean {
  const words = wordsOf(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (words.some((word) => CREDENTIAL_WORDS.has(word))) return true;
  if (CREDENTIAL_LAST_WORD.test(last)) return true;
  if (last !== "key") return false;
  const qualifier = words.at(-2);
  return qualifier === undefined || !DATA_KEY_QUALIFIERS.has(qualifier);
}

/**
 * Replaces every occurrence of each secret in `text` with `***`, in each form a secret travels in: as is,
 * URL-encoded, form-encoded and JSON-escaped (a server echoing a query string or a JSON body shows those).
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < SHORTEST_SECRET) continue;
    for (const form of secretForms(secret)) result = result.split(form).join(REDACTED);
  }
  return result;
}

/** `text` cut to `length` characters after redaction, so a cut never leaves part of a secret behind. */
export function redactedSnippet(text: string, secrets: readonly string[], length: number): string {
  const longest = secrets.reduce((max, secret) => Math.max(max, secret.length * 6), 0);
  return redactText(text.slice(0, length + longest), secrets).slice(0, length);
}

function secretForms(secret: string): Set<string> {
  const uri = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  return new Set([secret, uri, uri.toLowerCase(), form, JSON.stringify(secret).slice(1, -1)]);
}

/**
 * A copy of `value` with sensitive fields and secret values replaced. Keys such as `__proto__` stay own data.
 * Anything nested deeper than JSON wfrun accepts is replaced whole rather than shown unredacted.
 */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_JSON_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const shown = isSensitiveName(name) && item !== null ? REDACTED : redactValue(item, secrets, depth + 1);
    Object.defineProperty(copy, name, { value: shown, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Headers as a plain lower-cased object, credentials replaced. */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const entries: [string, string][] = [];
  if (headers instanceof Headers) headers.forEach((value, name) => entries.push([name, value]));
  else entries.push(...Object.entries(headers));
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    result[key] = isSensitiveName(key) ? REDACTED : redactText(value, secrets);
  }
  return result;
}

/** A URL with sensitive query parameters and any secret in it replaced; never throws. */
export function redactUrl(url: string, secrets: readonly string[] = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url, secrets);
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : "";
    parsed.password = parsed.password ? REDACTED : "";
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSensitiveName(name)) parsed.searchParams.set(name, REDACTED);
  }
  return redactText(parsed.toString(), secrets);
}
