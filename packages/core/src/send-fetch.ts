import { asBrowserRefusal, BrowserRefusal } from "./browser.js";
import {
  BodyLimitExceeded,
  readStreamText,
  type Exchange,
  type Sender,
  type StreamResponse,
  type TextResponse,
  type WireRequest,
} from "./send.js";

/**
 * The fetch path: browsers, edge runtimes, Bun, Deno, and any `fetch` a user passes. The signal goes in
 * fetch's own init, never through a `Request` object: Node 20's undici holds a Request's controller by
 * `WeakRef`, and an abort after garbage collection would then never reach the socket.
 */
export function fetchSender(fetchImpl: typeof globalThis.fetch): Sender {
  function exchange<R>(request: WireRequest, read: (response: Response) => Promise<R>): Exchange<R> {
    const controller = new AbortController();
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal: controller.signal,
    };
    if (request.body !== undefined) init.body = request.body;
    // Whatever fetch does with a late abort, the caller's wait ends on it.
    const response = new Promise<R>((resolve, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
      const send = (redirect: RequestRedirect) =>
        fetchImpl(request.url, { ...init, redirect }).catch((cause: unknown) => {
          throw asBrowserRefusal(cause, request.url);
        });
      // Redirects are the transport's to judge (credential headers must not cross origins), except where a
      // browser hides them (followHidden).
      send("manual")
        .then((response) => followHidden(response, request, () => send("follow")))
        .then(read)
        .then(resolve, reject);
    });
    return { response, abort: (reason) => controller.abort(reason) };
  }

  return {
    text: (request) =>
      exchange<TextResponse>(request, async (response) => ({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        text: await readBounded(response, request.maxBytes),
      })),
    stream: (request) =>
      exchange<StreamResponse>(request, async (response) => ({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: response.body ?? new ReadableStream({ start: (c) => c.close() }),
      })),
  };
}

/**
 * A browser answers a manual-redirect fetch with an opaque response that hides the target. A GET whose only
 * credential fetch drops across origins (`Authorization`) is sent again for the browser to follow; any other
 * is refused.
 */
function followHidden(response: Response, request: WireRequest, follow: () => Promise<Response>) {
  if (response.type !== "opaqueredirect") return response;
  if (!request.platformMayFollow || request.method !== "GET") throw new BrowserRefusal(request.url, response);
  return follow();
}

/**
 * The body as text, never more than `maxBytes` of it (counted after decompression). A body that declares
 * its length and is not compressed is read in one go; any other is read chunk by chunk and cut off.
 */
async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const length = response.headers.get("content-length");
  const head = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (length !== null && !response.headers.has("content-encoding")) {
    if (Number(length) > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new BodyLimitExceeded(head, maxBytes);
    }
    return response.text();
  }
  return response.body ? readStreamText(response.body, maxBytes, head) : "";
}

export function defaultSender(): Sender {
  if (typeof globalThis.fetch !== "function") {
    throw new TypeError("no global fetch in this runtime; pass the `fetch` option");
  }
  return fetchSender((input, init) => globalThis.fetch(input, init));
}
