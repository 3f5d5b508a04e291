import { ConnectionError } from "./errors.js";
import { refusedRedirect, type Context } from "./outcome.js";
import type { WireResponse } from "./send.js";

/**
 * What the fetch path cannot do in a browser; the transport turns it into a final error, never retried.
 * - `cors`: fetch failed on a cross-origin URL. A browser reports a CORS refusal and an unreachable host alike
 *   (a bare `TypeError`), and a CORS refusal would fail again on every retry.
 * - `redirect`: a browser hides a redirect's target from a manual-redirect fetch (an opaque response), and the
 *   request carries a credential header that the browser would forward to another origin.
 */
export class BrowserRefusal extends Error {
  override name = "BrowserRefusal";
  constructor(
    readonly kind: "cors" | "redirect",
    readonly url: string,
    readonly response?: WireResponse,
  ) {
    super(kind);
  }
}

/** True in a page (window and document), where fetch enforces CORS and hides redirects. */
export function inBrowser(): boolean {
  const global = globalThis as { window?: unknown; document?: unknown };
  return global.window !== undefined && global.document !== undefined;
}

/** The refusal for a fetch that rejected, or undefined when it was not the browser's doing. */
export function corsRefusal(cause: unknown, url: string): BrowserRefusal | undefined {
  if (!(cause instanceof TypeError) || !inBrowser()) return undefined;
  const page = (globalThis as { location?: { origin?: string } }).location?.origin;
  return page !== undefined && new URL(url).origin !== page ? new BrowserRefusal("cors", url) : undefined;
}

export function browserRefusalError(refusal: BrowserRefusal, context: Context): Error {
  const { provider } = context.rules;
  if (refusal.kind === "redirect" && refusal.response) {
    return refusedRedirect(
      refusal.response,
      "where the browser hides the target, and the request carries a credential header the browser would " +
        "forward to another origin",
      context,
    );
  }
  const target = new URL(refusal.url).origin;
  return new ConnectionError(
    `The browser blocked the ${provider} request to ${target}, or could not reach it: most often CORS (that ` +
      "server does not allow this page's origin). Not retried. Keep API keys off the page: call your own " +
      `server, which calls ${provider} (see "In a browser" in the README)`,
    { provider, attempts: context.attempts, request: context.summary() },
  );
}
