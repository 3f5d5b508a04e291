import type { Client, Middleware } from "openapi-fetch";
import type { Limits } from "./options.js";
import { requestJson, SAFE_TO_REPEAT, type Transport } from "./transport.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch over wfrun's transport, loaded on first use: the hot path (`request`) does not need it, and a
 * bundle that never touches `raw` does not carry it. Every method is async already, so loading it inside the
 * first call changes nothing for the caller; `use` and `eject` are queued in order until it has loaded.
 */
export function lazyRawClient<Paths extends {}>(
  baseUrl: string,
  transport: Transport,
  limits: Limits,
  fixedHeaders: Record<string, string>,
): Client<Paths> {
  let loading: Promise<Client<Paths>> | undefined;
  const load = () =>
    (loading ??= import("openapi-fetch").then((module) =>
      module.default<Paths>({ baseUrl, fetch: (request) => send(request) }),
    ));

  async function send(request: Request): Promise<Response> {
    const headers: Record<string, string> = { ...fixedHeaders };
    request.headers.forEach((value, name) => (headers[name] = value));
    const body = request.body === null ? undefined : await request.text();
    const method = request.method.toUpperCase();
    const { response, body: json } = await requestJson(
      transport,
      { method, url: request.url, headers, body, retryable: retryableRaw(method, headers, transport) },
      { ...limits, signal: request.signal },
    );
    return new Response(JSON.stringify(json), {
      status: response.status,
      statusText: response.statusText,
      headers: { "content-type": "application/json" },
    });
  }

  const client: Record<string, unknown> = {
    use: (...middleware: Middleware[]) => void load().then((c) => c.use(...middleware)),
    eject: (...middleware: Middleware[]) => void load().then((c) => c.eject(...middleware)),
  };
  for (const method of METHODS) {
    client[method] = (...args: unknown[]) =>
      load().then((c) => (c[method] as (...a: unknown[]) => unknown)(...args));
  }
  return client as unknown as Client<Paths>;
}

/** A raw call is retried when HTTP says its method is idempotent, or when it carries the vendor's key. */
function retryableRaw(method: string, headers: Record<string, string>, transport: Transport): boolean {
  if (SAFE_TO_REPEAT.has(method)) return true;
  const header = transport.rules.idempotencyHeader?.toLowerCase();
  return header !== undefined && headers[header] !== undefined;
}
