/**
 * The one place that decides what of a request or response may be shown: in errors, in log lines and
 * in CLI output. Two rules, both applied everywhere:
 * 1. anything *named* like a credential (headers, JSON fields, query or form parameters) becomes `***`;
 * 2. any known secret value (the client's key, token, client secret) is cut out of free text too, so a
 *    vendor or proxy that echoes a key back cannot leak it through a message.
 */

import { MAX_JSON_DEPTH } from "./json.js";

export const REDACTED = "***";

const SENSITIVE_NAME = /secret|key|token|password|passwd|authorization|cookie|credential|signature/i;
// Usage counters (`total_tokens`, `tokens_used`) are data, not credentials; a singular `token` is one.
const NOT_SENSITIVE = /(^|_)tokens(_|$)/i;
const SHORTEST_SECRET = 4;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name) && !NOT_SENSITIVE.test(name);
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

/** Form or JSON request bodies (token endpoints): sensitive fields replaced, the rest kept. */
export function redactBody(body: string, secrets: readonly string[] = []): string {
  const trimmed = body.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed), secrets));
    } catch {
      // not JSON after all: fall through to text rules
    }
  }
  if (/^[^=&\s]+=[^&]*(&[^=&\s]+=[^&]*)*$/.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    for (const name of [...params.keys()]) if (isSensitiveName(name)) params.set(name, REDACTED);
    return redactText(params.toString(), secrets);
  }
  return redactText(body, secrets);
}
