import { raceAbort } from "./abort.js";

const MAX_REDIRECTS = 5;

/**
 * Sends `request` with `headers`, following redirects only to the same origin (or the same host upgraded to
 * https) and only for GET and HEAD. fetch keeps custom credential headers such as `x-copy-ai-api-key` across
 * origins, so a redirect elsewhere is refused, with the error `refuse` builds, instead of handing a key to
 * another host.
 */
export async function followRedirects(
  send: typeof fetch,
  request: Request,
  headers: Headers,
  signal: AbortSignal,
  refuse: (response: Response, why: string) => Error,
): Promise<Response> {
  let url = new URL(request.url);
  for (let hop = 0; ; hop++) {
    const init: RequestInit = { headers, signal, redirect: "manual" };
    // Only GET and HEAD are followed, so a body is only ever sent on the first hop.
    const sent =
      hop === 0 ? new Request(request.clone(), init) : new Request(url, { ...init, method: request.method });
    // Raced against the signal as well: Node 20's fetch can lose an abort once its internal Request is
    // garbage-collected (undici keeps that controller by WeakRef), which would leave a stalled call hanging.
    const response = await raceAbort(send(sent), signal);
    const location =
      response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location === null) return response;
    response.body?.cancel().catch(() => {});
    const next = new URL(location, url);
    const sameOrigin = next.origin === url.origin || (next.host === url.host && next.protocol === "https:");
    const safeMethod = request.method === "GET" || request.method === "HEAD";
    if (!sameOrigin) throw refuse(response, "to another origin; the request carries credentials");
    if (!safeMethod) throw refuse(response, `for a ${request.method} request`);
    if (hop >= MAX_REDIRECTS) throw refuse(response, `more than ${MAX_REDIRECTS} times`);
    url = next;
  }
}
