import { ConnectionError } from "./errors.js";
import { refusedRedirect, type Context } from "./outcome.js";
import type { WireResponse } from "./send.js";

/**
 * What the fetch path cannot do in a page; the transport turns it into a final error, never retried.
 * Without `response`: fetch failed on a cross-origin URL. A page sees a CORS refusal and an unreachable host
 * alike (a bare `TypeError`), and a CORS refusal would fail again on every retry.
 * With `response` (opaque): the browser hid a redirect's target, and the request carries a credential header
 * that the browser would forward to another origin.
 */
export class BrowserRefusal extends Error {
  constructor(
    readonly url: string,
    readonly response?: WireResponse,
  ) {
    super();
  }
}

/** The refusal for a fetch that rejected in a page on another origin, or the error itself. */
export function asBrowserRefusal(cause: unknown, url: string): unknown {
  const page = globalThis as { document?: unknown; location?: { origin?: string } };
  const crossOrigin = page.document !== undefined && page.location?.origin !== new URL(url).origin;
  return cause instanceof TypeError && crossOrigin ? new BrowserRefusal(url) : cause;
}

export function browserRefusalError({ url, response }: BrowserRefusal, context: Context): Error {
  if (response)
    return refusedRedirect(response, "to a place the browser hides, with a key it would forward", context);
  const { provider } = context.rules;
  return new ConnectionError(
    `The browser blocked the ${provider} request to ${new URL(url).origin} (CORS) or could not reach it; not retried`,
    { provider, attempts: context.attempts, request: context.summary() },
  );
}
