import {
  ConfigError,
  type ClientOptions,
  type OpenEnum,
  type RequestOptions,
  type VendorErrorInfo,
} from "@wfrun/core";
import {
  assertPathSegment,
  createApiClient,
  isObject,
  requireSecret,
  type ProviderRules,
  type RetryRule,
} from "@wfrun/core/provider";
import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";
import { difyRunOperations, type DifyRunOperations } from "./operations.js";

/** Dify Cloud's Service API. A self-hosted Dify has its own, such as `http://localhost/v1`. */
export const DIFY_BASE_URL = "https://api.dify.ai/v1";

export interface DifyClientOptions extends ClientOptions {
  /** The app's Service API key (`app-…`), sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /**
   * The Service API base URL. Default {@link DIFY_BASE_URL}; for a self-hosted Dify the URL shown on the app's
   * "API Access" page, such as `http://localhost/v1` or `https://example.org/dify/v1/` (a trailing slash and
   * a path prefix are fine).
   */
  baseUrl?: string | undefined;
}

type Schema = components["schemas"]["WorkflowRun"];

/**
 * An integer as wfrun's JSON parser returns it: a number, or a string of its exact digits when it lies beyond
 * ±2^53 − 1 and a number would round it.
 */
export type DifyInteger = number | `${bigint}`;

/**
 * `scheduled`, `running`, `succeeded`, `failed`, `stopped`, `partial-succeeded`, `paused`, or a status Dify
 * adds later: the docs have grown this list twice already.
 */
export type DifyWorkflowRunStatus = OpenEnum<Schema["status"]>;

/** A workflow run as `GET /workflows/run/{workflow_run_id}` returns it. */
export type DifyWorkflowRun = Omit<
  Schema,
  "status" | "total_steps" | "total_tokens" | "created_at" | "finished_at"
> & {
  status: DifyWorkflowRunStatus;
  total_steps?: DifyInteger;
  total_tokens?: DifyInteger;
  /** Unix seconds. */
  created_at?: DifyInteger;
  /** Unix seconds; null while the run has not finished. */
  finished_at?: DifyInteger | null;
};

export interface DifyClient extends DifyRunOperations {
  /** Retrieves a workflow run (`GET /workflows/run/{workflow_run_id}`). */
  getWorkflowRun(runId: string, options?: RequestOptions): Promise<DifyWorkflowRun>;
  /** The typed openapi-fetch client, for endpoints this package does not wrap. */
  raw: Client<paths>;
}

const WHERE = "createDifyClient";
const PROVIDER = "dify";

/**
 * Dify answers 429 for two reasons (vendor-facts.md): `too_many_requests` is the app's concurrency limit and
 * clears by itself, so the default (retry) stands; `rate_limit_error` is a used-up quota that no retry fixes.
 */
const DIFY_RETRY_RULES: readonly RetryRule[] = [{ status: 429, code: "rate_limit_error", retry: false }];

export function createDifyClient(options: DifyClientOptions): DifyClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(`${WHERE}: pass an options object with \`apiKey\``, "options");
  }
  const apiKey = requireSecret(options.apiKey, "apiKey", "DIFY_API_KEY", WHERE);
  const rules: ProviderRules = {
    provider: PROVIDER,
    auth: { headers: { authorization: `Bearer ${apiKey}` } },
    secrets: () => [apiKey],
    errorInfo: difyErrorInfo,
    successError: missingRunAnsweredOk,
    retryRules: DIFY_RETRY_RULES,
  };
  // Core drops trailing slashes and appends the path, so a prefix such as /dify/v1 is kept.
  const api = createApiClient<paths>(rules, options.baseUrl ?? DIFY_BASE_URL, options);
  return {
    ...difyRunOperations(api, options.timeoutMs),
    raw: api.raw,
    async getWorkflowRun(runId, options) {
      assertPathSegment("runId", runId);
      return api.request(
        "get",
        "/workflows/run/{workflow_run_id}",
        { params: { path: { workflow_run_id: runId } } },
        options,
      );
    },
  };
}

/** Reads Dify's error body `{code, message, status}` (langgenius/dify `libs/external_api.py`). */
function difyErrorInfo(body: unknown): VendorErrorInfo | undefined {
  if (!isObject(body)) return undefined;
  const { code, message } = body;
  if (typeof code !== "string" && typeof message !== "string") return undefined;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
  };
}

/**
 * Dify servers from before the endpoint raised its 404 marshalled a missing run (`None`) into HTTP 200 with
 * `id` and `status` null (langgenius/dify `api/controllers/service_api/app/workflow.py`). That is "not
 * found", never a run.
 */
function missingRunAnsweredOk(body: unknown): (VendorErrorInfo & { status: number }) | undefined {
  if (!isObject(body)) return undefined;
  const { id, status } = body;
  if (id !== null || status !== null) return undefined;
  return {
    status: 404,
    code: "not_found",
    message: "Workflow run not found. (the server answered HTTP 200 with a run whose id and status are null)",
  };
}
