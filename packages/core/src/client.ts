import { defaultSender } from "#send";
import type { Client, FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";
import { ConfigError, InvalidArgumentError } from "./errors.js";
import { callLimits, clientLimits, type ClientOptions, type RequestOptions } from "./options.js";
import { lazyRawClient } from "./raw.js";
import { userAgent } from "./runtime.js";
import { fetchSender } from "./send-fetch.js";
import type { StreamResponse } from "./send.js";
import {
  requestJson,
  requestStream,
  SAFE_TO_REPEAT,
  type Call,
  type ProviderRules,
  type Transport,
} from "./transport.js";
import { buildUrl, checkBaseUrl } from "./url.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** The paths of `Paths` that have an operation for `M`. */
export type PathsWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never;
}[keyof Paths];

type Operation<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P] extends { [K in M]: infer O }
  ? O
  : never;

/** What one call sends: openapi-fetch's `params` and `body`, typed from the spec. */
export type RequestInput<O> = ParamsOption<O> &
  RequestBodyOption<O> & {
    /** Send `body` form-encoded instead of as JSON (OAuth token endpoints). */
    form?: boolean;
    /** A write that is safe to send twice without an idempotency key (an OAuth token request). */
    idempotent?: boolean;
  };

/** The JSON a 2xx answer of the operation carries, as the spec types it. */
export type ResponseBody<O> =
  O extends Record<string | number, unknown>
    ? NonNullable<Extract<FetchResponse<O, object, "application/json">, { error?: never }>["data"]>
    : never;

export interface ApiClient<Paths extends {}> {
  /** One typed call: the 2xx JSON body, or a thrown core error. */
  request<M extends HttpMethod, P extends PathsWith<Paths, M>>(
    method: M,
    path: P,
    input: RequestInput<Operation<Paths, P, M>>,
    options?: RequestOptions,
  ): Promise<ResponseBody<Operation<Paths, P, M>>>;
  /** One typed call whose 2xx body is handed over unread (server-sent events). */
  stream<M extends HttpMethod, P extends PathsWith<Paths, M>>(
    method: M,
    path: P,
    input: RequestInput<Operation<Paths, P, M>>,
    options?: RequestOptions,
  ): Promise<StreamResponse>;
  /**
   * The openapi-fetch client over the same transport (errors are thrown, never returned). openapi-fetch is
   * loaded on its first use, so a client that never touches `raw` does not carry it.
   */
  raw: Client<Paths>;
}

/**
 * Builds the client a provider package wraps. The provider gives its rules (auth, error body, retry data) and
 * its base URL; the user's options are validated here, once, for every vendor.
 */
export function createApiClient<Paths extends {}>(
  rules: ProviderRules,
  baseUrl: string,
  options: ClientOptions,
): ApiClient<Paths> {
  const where = `${rules.provider} client`;
  const base = checkBaseUrl(baseUrl, where);
  const limits = clientLimits(options, where);
  const transport: Transport = { rules, sender: senderFor(options.fetch, where), logger: options.logger };
  const agent = userAgent(rules.provider);
  const fixedHeaders: Record<string, string> = { accept: "application/json" };
  if (agent !== undefined) fixedHeaders["user-agent"] = agent;

  function prepare(method: HttpMethod, path: string, input: unknown, call: RequestOptions | undefined) {
    const callOptions = callLimits(limits, call);
    const { params, body, form, idempotent } = (input ?? {}) as {
      params?: { path?: object; query?: object; header?: object };
      body?: unknown;
      form?: boolean;
      idempotent?: boolean;
    };
    const headers: Record<string, string> = { ...fixedHeaders };
    for (const [name, value] of Object.entries(params?.header ?? {})) {
      if (value !== undefined && value !== null) headers[name] = String(value);
    }
    const upper = method.toUpperCase();
    const request: Call = {
      method: upper,
      url: buildUrl(base, path, params?.path, params?.query),
      headers,
      body: undefined,
      retryable: SAFE_TO_REPEAT.has(upper) || idempotent === true,
    };
    if (body !== undefined) {
      headers["content-type"] = form ? "application/x-www-form-urlencoded" : "application/json";
      request.body = form ? formBody(body) : JSON.stringify(body);
    }
    // POST and PATCH are where a key makes a repeat safe (Stripe's and Zuora's docs); a request marked
    // idempotent (an OAuth token grant) needs none.
    if ((upper === "POST" || upper === "PATCH") && !idempotent && rules.idempotencyHeader !== undefined) {
      headers[rules.idempotencyHeader] = callOptions.idempotencyKey ?? globalThis.crypto.randomUUID();
      request.retryable = true;
    }
    return { request, callOptions };
  }

  return {
    async request(method, path, input, call) {
      const { request, callOptions } = prepare(method, path as string, input, call);
      const { body } = await requestJson(transport, request, callOptions);
      return body as never;
    },
    stream(method, path, input, call) {
      const { request, callOptions } = prepare(method, path as string, input, call);
      return requestStream(transport, request, callOptions);
    },
    raw: lazyRawClient<Paths>(base, transport, limits, fixedHeaders),
  };
}

function senderFor(fetch: unknown, where: string) {
  if (fetch === undefined) {
    try {
      return defaultSender();
    } catch (error) {
      throw new ConfigError(`${where}: ${(error as Error).message}`, "fetch");
    }
  }
  if (typeof fetch !== "function") throw new ConfigError(`${where}: \`fetch\` must be a function`, "fetch");
  return fetchSender(fetch as typeof globalThis.fetch);
}

function formBody(body: unknown): string {
  if (typeof body !== "object" || body === null) {
    throw new InvalidArgumentError("a form body must be an object of fields", "body");
  }
  const fields = new URLSearchParams();
  for (const [name, value] of Object.entries(body))
    if (value !== undefined) fields.append(name, String(value));
  return fields.toString();
}
