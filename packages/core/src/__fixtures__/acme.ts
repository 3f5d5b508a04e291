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
}

export const ACME_SECRET = "acme_secret_key_123456";

/** A client whose one call GETs `/runs/r1`; `rules` replaces any of acme's rules. */
export function acmeClient(baseUrl: string, options: ClientOptions = {}, rules: Partial<ProviderRules> = {}) {
  const api = createApiClient<AcmePaths>(
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
  return (call?: RequestOptions) =>
    api.request("get", "/runs/{id}", { params: { path: { id: "r1" } } }, call);
}

/** The error a call ends with, or undefined when it succeeds. */
export const failure = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (e: unknown) => e as WfrunError,
  );
