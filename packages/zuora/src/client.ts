import { ConfigError, type ClientOptions, type OpenEnum, type RequestOptions } from "@wfrun/core";
import {
  assertPathSegment,
  createApiClient,
  requireSecret,
  type Auth,
  type ProviderRules,
} from "@wfrun/core/provider";
import type { Client } from "openapi-fetch";
import { resolveBaseUrl, type ZuoraEnvironment } from "./environments.js";
import { zuoraErrorInfo, zuoraSuccessError } from "./errors.js";
import type { components, paths } from "./generated/schema.js";
import { argumentFailure, configFailure, scopeHeaders, type ZuoraScopeOptions } from "./headers.js";
import { zuoraRunOperations, type ZuoraRunOperations } from "./operations.js";
import { createTokenCache, tokenRequester, unusableTokenAnswer, type TokenCache } from "./token.js";

/** Where the client sends requests: a named environment or your own base URL, never a default. */
export type ZuoraTarget =
  | {
      /** One of {@link ZUORA_ENVIRONMENTS}: the region and tier your tenant lives in. */
      environment: ZuoraEnvironment;
      baseUrl?: never;
    }
  | {
      /** A base URL of your own (a proxy, a mock, a tenant-specific host). */
      baseUrl: string;
      environment?: never;
    };

/** How the client authenticates: OAuth client credentials (recommended), or a token you fetched yourself. */
export type ZuoraCredentials =
  | {
      /** The OAuth client's ID (usually kept in `ZUORA_CLIENT_ID`). */
      clientId: string;
      /** The OAuth client's secret (usually kept in `ZUORA_CLIENT_SECRET`). */
      clientSecret: string;
      accessToken?: never;
    }
  | {
      /** A bearer token from `POST /oauth/token`; it is not refreshed, so a 401 is final. */
      accessToken: string;
      clientId?: never;
      clientSecret?: never;
    };

export type ZuoraClientOptions = Omit<ClientOptions, "baseUrl"> &
  ZuoraScopeOptions &
  ZuoraTarget &
  ZuoraCredentials;

/** Options for one call: the core ones, and Zuora's headers, which override the client's. */
export interface ZuoraRequestOptions extends RequestOptions, ZuoraScopeOptions {}

type Schema = components["schemas"]["WorkflowRun"];
/** `Queued`, `Processing`, `Stopping`, `Stopped`, `Finished`, or a status Zuora adds later. */
export type ZuoraWorkflowRunStatus = OpenEnum<components["schemas"]["WorkflowRunStatus"]>;
/**
 * A workflow run as Zuora sends it. `id` is a number, or a string of digits when beyond 2^53 − 1; timestamps
 * are `YYYY-MM-DD HH:MM:SS UTC`; a `Finished` run may still have failed tasks (`tasks.error`).
 */
export type ZuoraWorkflowRun = { [K in keyof Schema as K extends "status" ? never : K]: Schema[K] } & {
  status: ZuoraWorkflowRunStatus;
};

export interface ZuoraClient extends ZuoraRunOperations {
  /** Retrieves a workflow run (`GET /workflows/workflow_runs/{workflow_run_id}`). */
  getWorkflowRun(runId: string, options?: ZuoraRequestOptions): Promise<ZuoraWorkflowRun>;
  /** The typed openapi-fetch client, for endpoints this package does not wrap; it authenticates the same way. */
  raw: Client<paths>;
}

const WHERE = "createZuoraClient";
const PROVIDER = "zuora";

export function createZuoraClient(options: ZuoraClientOptions): ZuoraClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(
      `${WHERE}: pass an options object with \`environment\` or \`baseUrl\`, and \`clientId\` and \`clientSecret\` or \`accessToken\``,
      "options",
    );
  }
  const credentials = readCredentials(options);
  const baseUrl = resolveBaseUrl(options.environment, options.baseUrl, WHERE);
  const clientHeaders = scopeHeaders(options, WHERE, configFailure);

  let tokens: TokenCache | undefined;
  let auth: Auth;
  let secrets: () => readonly string[];
  if ("accessToken" in credentials) {
    auth = { headers: { authorization: `Bearer ${credentials.accessToken}` } };
    secrets = () => [credentials.accessToken];
  } else {
    const { clientId, clientSecret } = credentials;
    secrets = () => [clientSecret, clientId, ...(tokens?.issued() ?? [])];
    // Its own client: no auth headers, and the same timeouts, retries, errors and redaction as any call.
    const tokenRules = { ...rules({ headers: {} }, secrets), unexpectedBody: unusableTokenAnswer };
    const tokenApi = createApiClient<paths>(tokenRules, baseUrl, options);
    const trackId = clientHeaders["Zuora-Track-Id"];
    const cache = createTokenCache(
      tokenRequester(tokenApi, credentials, trackId === undefined ? {} : { "Zuora-Track-Id": trackId }),
    );
    tokens = cache;
    auth = {
      // The wait for a token is part of the attempt: its timeout, the call's deadline and the caller's signal.
      headers: async ({ signal }) => ({ authorization: `Bearer ${await cache.get(signal)}` }),
      // Concurrent calls refused with the same token share one new token: only the first drops it.
      refresh: async ({ refused }) => {
        const token = /^Bearer (.+)$/i.exec(refused.authorization ?? "")?.[1];
        if (token !== undefined) cache.reject(token);
        return true;
      },
    };
  }

  const api = createApiClient<paths>(rules(auth, secrets), baseUrl, options);
  return {
    ...zuoraRunOperations(api, clientHeaders),
    raw: api.raw,
    async getWorkflowRun(runId, options) {
      assertPathSegment("runId", runId);
      const header = { ...clientHeaders, ...scopeHeaders(options ?? {}, "getWorkflowRun", argumentFailure) };
      return api.request(
        "get",
        "/workflows/workflow_runs/{workflow_run_id}",
        { params: { path: { workflow_run_id: runId }, header } },
        options,
      );
    },
  };
}

function rules(auth: Auth, secrets: () => readonly string[]): ProviderRules {
  return {
    provider: PROVIDER,
    auth,
    secrets,
    errorInfo: zuoraErrorInfo,
    successError: zuoraSuccessError,
    requestIdHeaders: ["zuora-request-id", "x-request-id"],
    idempotencyHeader: "Idempotency-Key",
  };
}

function readCredentials(
  options: object,
): { accessToken: string } | { clientId: string; clientSecret: string } {
  const { accessToken, clientId, clientSecret } = options as Record<string, unknown>;
  const clientGiven = clientId !== undefined || clientSecret !== undefined;
  if (accessToken !== undefined && clientGiven) {
    throw new ConfigError(
      `${WHERE}: pass \`clientId\` and \`clientSecret\`, or \`accessToken\`, not both`,
      "accessToken",
    );
  }
  if (accessToken !== undefined) {
    return { accessToken: requireSecret(accessToken, "accessToken", "ZUORA_ACCESS_TOKEN", WHERE) };
  }
  if (!clientGiven) {
    throw new ConfigError(
      `${WHERE}: pass \`clientId\` and \`clientSecret\` (usually kept in the ZUORA_CLIENT_ID and ` +
        `ZUORA_CLIENT_SECRET environment variables), or an \`accessToken\` you fetched yourself`,
      "clientId",
    );
  }
  return {
    clientId: requireSecret(clientId, "clientId", "ZUORA_CLIENT_ID", WHERE),
    clientSecret: requireSecret(clientSecret, "clientSecret", "ZUORA_CLIENT_SECRET", WHERE),
  };
}
