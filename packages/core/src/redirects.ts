import type { WireResponse } from "./send.js";

const MAX_REDIRECTS = 5;

/** Where a response sends the request next: `null` when it is no redirect, or why it will not be followed. */
export type RedirectDecision = { next: null } | { next: string } | { refused: string };

/**
 * Follows redirects only to the same origin (or the same host upgraded to https) and only for GET and HEAD.
 * fetch keeps custom credential headers such as `x-copy-ai-api-key` across origins, so a redirect elsewhere is
 * refused instead of handing a key to another host.
 */
export function redirectTarget(
  response: WireResponse,
  from: string,
  method: string,
  hop: number,
): RedirectDecision {
  if (response.status < 300 || response.status >= 400) return { next: null };
  const location = response.headers.get("location");
  if (location === null) return { next: null };
  let next: URL;
  let current: URL;
  try {
    current = new URL(from);
    next = new URL(location, current);
  } catch {
    return { refused: "to a location that is not a URL" };
  }
  if (next.protocol !== "http:" && next.protocol !== "https:")
    return { refused: `to a ${next.protocol} URL` };
  const sameOrigin =
    next.origin === current.origin || (next.host === current.host && next.protocol === "https:");
  if (!sameOrigin) return { refused: "to another origin; the request carries credentials" };
  if (method !== "GET" && method !== "HEAD") return { refused: `for a ${method} request` };
  if (hop >= MAX_REDIRECTS) return { refused: `more than ${MAX_REDIRECTS} times` };
  return { next: next.toString() };
}
