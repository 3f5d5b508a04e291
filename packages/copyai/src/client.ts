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
} from "@wfrun/core/provider";
import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";
import { copyAiRunOperations, type CopyAiRunOperations } from "./operations.js";

export const COPYAI_BASE_URL = "https://api.copy.ai";

export interface CopyAiClientOptions extends ClientOptions {
  /** A Copy.ai API key, sent as `x-copy-ai-api-key`. */
  apiKey: string;
}

type Schema = components["schemas"]["WorkflowRunData"];
/** `NEW`, `WAITING`, `PROCESSING`, `COMPLETE`, `RETRYING`, `FAILED`, or a status Copy.ai adds later. */
export type CopyAiWorkflowRunStatus = OpenEnum<components["schemas"]["WorkflowRunStatus"]>;
/**
 * The run, unwrapped from Copy.ai's `{status, data}` envelope. `status` is optional because one of the
 * vendor's documented examples has none; `credits` is a number or a string of digits (both are documented).
 */
export type CopyAiWorkflowRun = Omit<Schema, "status"> & { status?: CopyAiWorkflowRunStatus };

export interface CopyAiClient extends CopyAiRunOperations {
  /** Gets one run of a workflow (`GET /api/workflow/{workflow_id}/run/{run_id}`) and returns its `data`. */
  getWorkflowRun(workflowId: string, runId: string, options?: RequestOptions): Promise<CopyAiWorkflowRun>;
  /**
   * The typed openapi-fetch client, for endpoints this package does not wrap. It sends the same headers and
   * throws the same errors (an error envelope is thrown even with HTTP 2xx), but returns the whole envelope.
   */
  raw: Client<paths>;
}

const WHERE = "createCopyAiClient";
const PROVIDER = "copyai";

export function createCopyAiClient(options: CopyAiClientOptions): CopyAiClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(`${WHERE}: pass an options object with \`apiKey\``, "options");
  }
  const apiKey = requireSecret(options.apiKey, "apiKey", "COPYAI_API_KEY", WHERE);
  const rules: ProviderRules = {
    provider: PROVIDER,
    auth: {
      headers: {
        "x-copy-ai-api-key": apiKey,
        // Copy.ai's getting-started page asks for this header on every request, GETs without a body included.
        "content-type": "application/json",
      },
    },
    secrets: () => [apiKey],
    errorInfo: copyAiErrorInfo,
    successError: copyAiSuccessError,
    // The transport has already thrown for any envelope whose `status` is not "success"; what is left to
    // refuse is an envelope without a run in it.
    unexpectedBody: (body) =>
      body.status === "success" && isObject(body.data)
        ? undefined
        : 'a body that is not {"status": "success", "data": {…}}',
  };
  const api = createApiClient<paths>(rules, options.baseUrl ?? COPYAI_BASE_URL, options);
  return {
    ...copyAiRunOperations(api),
    raw: api.raw,
    async getWorkflowRun(workflowId, runId, options) {
      assertPathSegment("workflowId", workflowId);
      assertPathSegment("runId", runId);
      const envelope = await api.request(
        "get",
        "/api/workflow/{workflow_id}/run/{run_id}",
        { params: { path: { workflow_id: workflowId, run_id: runId } } },
        options,
      );
      return envelope.data;
    },
  };
}

/**
 * The HTTP status each documented `errorCode` stands for. Used only when an error envelope arrives with a
 * 2xx status, which says nothing about the error; with a 4xx/5xx the server's status is kept.
 */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  WORKFLOW_CREDIT_LIMIT_REACHED: 400,
};

/** What the documented codes mean, for error messages (the envelope carries no message of its own). */
const MEANING_OF_CODE: Readonly<Record<string, string>> = {
  NOT_FOUND: "no such workflow, or no such run in it",
  WORKFLOW_CREDIT_LIMIT_REACHED: "the workflow has reached its credit limit",
};

function copyAiErrorInfo(body: unknown): VendorErrorInfo | undefined {
  if (!isObject(body)) return undefined;
  const code = typeof body.errorCode === "string" && body.errorCode !== "" ? body.errorCode : undefined;
  const message =
    typeof body.message === "string" && body.message.trim() !== ""
      ? body.message
      : code === undefined
        ? undefined
        : MEANING_OF_CODE[code];
  if (code === undefined && message === undefined) return undefined;
  return { code, message };
}

/**
 * Copy.ai says success or failure in the body's `status`, not only in the HTTP status: any body whose
 * `status` is present and not `"success"` (or that carries an `errorCode` without a `status`) is an error,
 * even with HTTP 200. A known code takes its documented HTTP status; an unknown one keeps the HTTP status
 * (so `ApiError` with `status` 200), because nothing says what it stands for.
 */
function copyAiSuccessError(body: unknown): (VendorErrorInfo & { status?: number }) | undefined {
  if (!isObject(body)) return undefined;
  const hasStatus = Object.hasOwn(body, "status");
  if (hasStatus ? body.status === "success" : typeof body.errorCode !== "string") return undefined;
  const info = copyAiErrorInfo(body) ?? {};
  // Only documented codes name a status; an undocumented one keeps the HTTP status rather than a guess.
  const status = info.code === undefined ? undefined : STATUS_OF_CODE[info.code];
  const notAnError = hasStatus && body.status !== "error";
  const shown =
    typeof body.status === "string" ? JSON.stringify(body.status.slice(0, 60)) : String(body.status);
  const parts = [
    info.message,
    notAnError ? `the body's status is ${shown}, not "success"` : undefined,
    notAnError ? undefined : "the error envelope came with a 2xx HTTP status",
  ];
  return { ...info, status, message: parts.filter((part) => part !== undefined).join("; ") };
}
