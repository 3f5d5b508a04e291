import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Response headers a client reads: request ids, retry hints, Zuora's echoed track id, the redirect target and
 * the realm of a 401. A browser hides every other header from a cross-origin page.
 */
const EXPOSED_HEADERS: readonly string[] = Object.freeze([
  "request-id",
  "x-request-id",
  "retry-after",
  "retry-after-ms",
  "stripe-should-retry",
  "zuora-track-id",
  "location",
  "www-authenticate",
]);

/** Headers that let a page on any origin read the answer. No cookies are involved, so `*` is enough. */
export function corsHeaders(): Record<string, string> {
  return {
    "access-control-allow-origin": "*",
    "access-control-expose-headers": EXPOSED_HEADERS.join(", "),
  };
}

/**
 * Answers a CORS preflight (an OPTIONS with `access-control-request-method`) and returns true, or returns false
 * for any other request. The headers asked for are allowed by name: `*` does not cover `authorization`.
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  const asked = req.headers["access-control-request-method"];
  if (req.method !== "OPTIONS" || typeof asked !== "string") return false;
  const headers: Record<string, string> = {
    ...corsHeaders(),
    "access-control-allow-methods": "GET, POST, PUT, OPTIONS",
    "access-control-max-age": "600",
    "content-length": "0",
  };
  const wanted = req.headers["access-control-request-headers"];
  if (typeof wanted === "string" && wanted.trim() !== "") headers["access-control-allow-headers"] = wanted;
  res.writeHead(204, headers).end();
  return true;
}
