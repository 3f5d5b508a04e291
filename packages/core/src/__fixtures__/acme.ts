// A made-up provider ("acme") over the real transport, for core's own tests.
import { createApiClient } from "../client.js";
import type { ClientOptions, RequestOptions } from "../options.js";
import type { WfrunError } from "../errors.js";
import type { ProviderRules } from "../transport.js";

export interface AcmePaths {
  "/runs/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { id: string } } };
      };
    };
  };
  "/runs/{id}/stop": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { id: string } } };
      };
    };
  };
  "/runs": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { id: string } } };
      };
    };
  };
}

export const ACME_SECRET = "acme_secret_key_123456";

/** A client whose one call GETs `/runs/r1`; `rules` replaces any of acme's rules. */
export function acmeClient(baseUrl: string, options: ClientOptions = {}, rules: Partial<ProviderRules> = {}) {
  const api = acmeApi(baseUrl, options, rules);
  return (call?: RequestOptions) =>
    api.request("get", "/runs/{id}", { params: { path: { id: "r1" } } }, call);
}

/** The whole acme API client: GET `/runs/{id}` and POST `/runs`. */
export function acmeApi(baseUrl: string, options: ClientOptions = {}, rules: Partial<ProviderRules> = {}) {
  return createApiClient<AcmePaths>(
    {
      provider: "acme",
      auth: { headers: { authorization: `Bearer ${ACME_SECRET}` } },
      secrets: () => [ACME_SECRET],
      errorInfo: (body) => (body as { code?: string; message?: string } | null) ?? undefined,
      ...rules,
    },
    baseUrl,
    options,
  );
}

/** The error a call ends with, or undefined when it succeeds. */
export const failure = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (e: unknown) => e as WfrunError,
  );
