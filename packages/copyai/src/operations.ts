import {
  InvalidArgumentError,
  InvalidResponseError,
  type ListOptions,
  type RequestOptions,
  type RunList,
} from "@wfrun/core";
import {
  assertPathSegment,
  checkListOptions,
  isObject,
  paginate,
  type ApiClient,
} from "@wfrun/core/provider";
import type { CopyAiWorkflowRun } from "./client.js";
import type { components, paths } from "./generated/schema.js";

const PROVIDER = "copyai";
/** Copy.ai's page sizes: 10 by default, at most 100 ("Get All Workflow Runs"). */
const PAGE = { defaultSize: 10, maxSize: 100 } as const;

/** What a run starts with: the workflow's inputs (`startVariables`) and any `metadata` to keep with it. */
export type CopyAiStartRunInput = components["schemas"]["StartWorkflowRunRequest"];

/** Copy.ai answers a start with the new run's id only; read the run with `getWorkflowRun`. */
export interface CopyAiStartedRun {
  id: string;
}

export interface CopyAiListRunsOptions extends ListOptions, RequestOptions {}

/** The run-lifecycle operations Copy.ai offers. It has no way to stop a run, so there is no `stopRun`. */
export interface CopyAiRunOperations {
  /**
   * Starts a run of a workflow (`POST /api/workflow/{workflow_id}/run`) and returns its id. Copy.ai takes no
   * idempotency key, so this request is never retried: a retry after a timeout could start a second run.
   */
  startRun(
    workflowId: string,
    input: CopyAiStartRunInput,
    options?: RequestOptions,
  ): Promise<CopyAiStartedRun>;
  /**
   * Every run of a workflow (`GET /api/workflow/{workflow_id}/run`, pages from 1), one request per page of
   * `pageSize` runs (at most 100), each page fetched only when the loop reaches it.
   */
  listRuns(workflowId: string, options?: CopyAiListRunsOptions): RunList<CopyAiWorkflowRun>;
}

export function copyAiRunOperations(api: ApiClient<paths>): CopyAiRunOperations {
  return {
    async startRun(workflowId, input, callOptions) {
      assertPathSegment("workflowId", workflowId);
      if (!isObject(input) || !isObject(input.startVariables)) {
        throw new InvalidArgumentError(
          "startRun: `input.startVariables` must be an object of the workflow's inputs",
          "startVariables",
        );
      }
      if (input.metadata !== undefined && !isObject(input.metadata)) {
        throw new InvalidArgumentError("startRun: `input.metadata` must be an object", "metadata");
      }
      // Copy.ai takes no idempotency key, so the transport sends this write once and never retries it.
      const envelope = await api.request(
        "post",
        "/api/workflow/{workflow_id}/run",
        { params: { path: { workflow_id: workflowId } }, body: input },
        callOptions,
      );
      const data: unknown = envelope.data;
      if (!isObject(data) || typeof data.id !== "string" || data.id === "") {
        throw notTheShape("a started run's `data.id`");
      }
      return { id: data.id };
    },

    listRuns(workflowId, options = {}) {
      assertPathSegment("workflowId", workflowId);
      const { limit, pageSize } = checkListOptions("listRuns", options, PAGE);
      return paginate(
        1,
        async (page) => {
          const envelope = await api.request(
            "get",
            "/api/workflow/{workflow_id}/run",
            { params: { path: { workflow_id: workflowId }, query: { page, size: pageSize } } },
            options,
          );
          const data: unknown = envelope.data;
          if (!isObject(data) || !Array.isArray(data.data)) throw notTheShape("a page's `data.data` array");
          const items = data.data as CopyAiWorkflowRun[];
          const total = countOf(data.total);
          const seen = (page - 1) * pageSize + items.length;
          // `total` is a number or a digit string; a short page ends the list when `total` is missing or odd.
          const more = total === undefined ? items.length === pageSize : seen < total;
          return { items, next: more ? page + 1 : undefined };
        },
        limit,
      );
    },
  };
}

function notTheShape(expected: string): InvalidResponseError {
  return new InvalidResponseError(
    `${PROVIDER} answered with JSON that is not ${expected}`,
    { status: 200, contentType: "application/json", bodySnippet: "" },
    { provider: PROVIDER },
  );
}

function countOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}
