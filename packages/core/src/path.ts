import { InvalidArgumentError } from "./errors.js";

// C0 controls, DEL and C1 controls: never part of a real id, and some proxies split requests on them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// A lone surrogate cannot be percent-encoded (encodeURIComponent throws URIError): a high one not followed by a
// low one, or a low one at the start or after anything but a high one. No lookbehind: Safari before 16.4
// cannot parse it, and the whole module would fail to load there.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const DOT_SEGMENT = /^\.{1,2}$/;

function decodesToDotSegment(value: string): boolean {
  let current = value;
  // Each decoding pass may reveal another encoded layer (`%252e` → `%2e` → `.`).
  for (let pass = 0; pass < 4 && current.includes("%"); pass++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (DOT_SEGMENT.test(current)) return true;
  }
  return false;
}

/**
 * Refuses a value that cannot travel as exactly one URL path segment. openapi-fetch encodes path values
 * with encodeURIComponent, which leaves `.` and `..` alone; the URL parser then drops those segments, so
 * an id of `..` would request the parent path. Everything else (slashes, `?`, `#`, unicode) is encoded by
 * openapi-fetch and reaches the server as one segment.
 */
export function assertPathSegment(argument: string, value: unknown): asserts value is string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(
      `${argument} must be a string, got ${value === null ? "null" : typeof value}`,
      argument,
    );
  }
  if (value.length === 0) throw new InvalidArgumentError(`${argument} must not be empty`, argument);
  if (value.trim().length === 0) throw new InvalidArgumentError(`${argument} must not be blank`, argument);
  if (DOT_SEGMENT.test(value) || decodesToDotSegment(value)) {
    throw new InvalidArgumentError(
      `${argument} must not be "." or ".." (it would change the URL path)`,
      argument,
    );
  }
  if (CONTROL.test(value)) {
    throw new InvalidArgumentError(`${argument} must not contain control characters`, argument);
  }
  if (LONE_SURROGATE.test(value)) {
    throw new InvalidArgumentError(
      `${argument} must be well-formed unicode (it has a lone surrogate)`,
      argument,
    );
  }
}
