import {
  assertPathSegment,
  checkListOptions,
  dataOf,
  idempotencyKeyFor,
  InvalidArgumentError,
  InvalidResponseError,
  paginate,
  type ApiClient,
  type ListOptions,
  type OpenEnum,
  type RequestOptions,
  type RunList,
} from "@wfrun/core";
import type { StripeWorkflowRun } from "./client.js";
import type { components, paths } from "./generated/schema.js";

const PROVIDER = "stripe";
/**
 * Stripe's v2 lists take `limit` without documenting a default or a maximum; 20 is the page stripe-node's
 * examples use, 100 the largest v1 page, kept as the ceiling so a typo cannot ask for a million.
 */
const PAGE = { defaultSize: 20, maxSize: 100 } as const;

type WorkflowSchema = components["schemas"]["Workflow"];
/** `active`, `inactive`, `draft`, `archived`, or a status Stripe adds later. */
export type StripeWorkflowStatus = OpenEnum<components["schemas"]["WorkflowStatus"]>;
export type StripeWorkflow = Omit<WorkflowSchema, "status"> & { status: StripeWorkflowStatus };

/** A call that starts something: the core options and the idempotency key to send. */
export interface StripeStartOptions extends RequestOptions {
  /**
   * Sent as `Idempotency-Key`; default a new random key per call, reused by that call's retries. Pass your
   * own to make a start safe to repeat across calls (a job that may run twice): Stripe answers the same run.
   */
  idempotencyKey?: string;
}

export interface StripeListRunsOptions extends ListOptions, RequestOptions {
  /** Only runs in these statuses (`started`, `succeeded`, `failed`). */
  status?: readonly OpenEnum<components["schemas"]["WorkflowRunStatus"]>[];
  /** Only runs of these Workflows. */
  workflow?: readonly string[];
}

export interface StripeListWorkflowsOptions extends ListOptions, RequestOptions {
  /** Only Workflows in these statuses; Stripe's default is `active` and `inactive`. */
  status?: readonly StripeWorkflowStatus[];
}

/** Stripe's run operations. Stripe offers no way to stop a run, so there is no `stopRun`. */
export interface StripeRunOperations {
  /**
   * Invokes an on-demand Workflow (`POST /v2/extend/workflows/{id}/invoke`) and returns the new run. Sent with
   * an `Idempotency-Key`, so a retry after a timeout returns the same run instead of starting another.
   */
  startRun(
    workflowId: string,
    inputParameters: Record<string, unknown>,
    options?: StripeStartOptions,
  ): Promise<StripeWorkflowRun>;
  /** Every Workflow Run (`GET /v2/extend/workflow_runs`), following `next_page_url` one page at a time. */
  listRuns(options?: StripeListRunsOptions): RunList<StripeWorkflowRun>;
  /** Every Workflow (`GET /v2/extend/workflows`), paged like `listRuns`. */
  listWorkflows(options?: StripeListWorkflowsOptions): RunList<StripeWorkflow>;
  /** One Workflow (`GET /v2/extend/workflows/{id}`). */
  getWorkflow(id: string, options?: RequestOptions): Promise<StripeWorkflow>;
}

type ListPath = "/v2/extend/workflow_runs" | "/v2/extend/workflows";

export function stripeRunOperations(api: ApiClient<paths>, stripeVersion: string): StripeRunOperations {
  const header = { "Stripe-Version": stripeVersion };

  /** Pages of a v2 list: the first built from the filters, the next ones exactly as `next_page_url` says. */
  function list<Item>(
    path: ListPath,
    filters: Record<string, readonly string[] | undefined>,
    options: ListOptions & RequestOptions,
  ) {
    const { limit, pageSize } = checkListOptions(`stripe ${path}`, options, PAGE);
    const first = new URLSearchParams({ limit: String(pageSize) });
    for (const [name, values] of Object.entries(filters)) {
      if (values === undefined) continue;
      if (!Array.isArray(values) || values.some((value) => typeof value !== "string" || value === "")) {
        throw new InvalidArgumentError(`\`${name}\` must be an array of non-empty strings`, name);
      }
      // stripe-node's encoding of v2 array filters: status[0]=failed&status[1]=started.
      values.forEach((value, index) => first.append(`${name}[${index}]`, value));
    }
    return paginate<Item, string>(
      first.toString(),
      async (query) => {
        const result = await api.raw.GET(path, {
          params: { header },
          querySerializer: () => query,
          ...api.requestInit(options),
        });
        const page: unknown = dataOf(result, PROVIDER);
        if (!isObject(page) || !Array.isArray(page.data)) {
          throw notTheShape(result.response, "a v2 list page: an object with a `data` array");
        }
        return { items: page.data as Item[], next: nextQuery(page.next_page_url, path, result.response) };
      },
      limit,
    );
  }

  return {
    async startRun(workflowId, inputParameters, callOptions = {}) {
      assertPathSegment("workflowId", workflowId);
      if (!isObject(inputParameters)) {
        throw new InvalidArgumentError("startRun: `inputParameters` must be an object", "inputParameters");
      }
      const idempotencyKey = idempotencyKeyFor(callOptions.idempotencyKey);
      const result = await api.raw.POST("/v2/extend/workflows/{id}/invoke", {
        params: { path: { id: workflowId }, header: { ...header, "Idempotency-Key": idempotencyKey } },
        body: { input_parameters: inputParameters },
        ...api.requestInit(callOptions),
      });
      return dataOf(result, PROVIDER);
    },
    listRuns(options = {}) {
      return list<StripeWorkflowRun>(
        "/v2/extend/workflow_runs",
        { status: options.status, workflow: options.workflow },
        options,
      );
    },
    listWorkflows(options = {}) {
      return list<StripeWorkflow>("/v2/extend/workflows", { status: options.status }, options);
    },
    async getWorkflow(id, callOptions) {
      assertPathSegment("id", id);
      const result = await api.raw.GET("/v2/extend/workflows/{id}", {
        params: { path: { id }, header },
        ...api.requestInit(callOptions),
      });
      return dataOf(result, PROVIDER);
    },
  };
}

/**
 * The query of the next page, from `next_page_url`; undefined on the last page. Only a URL for the same list is
 * followed: one that points elsewhere would send the key to a path the caller never asked for.
 */
function nextQuery(url: unknown, path: ListPath, response: Response): string | undefined {
  if (url === null || url === undefined) return undefined;
  if (typeof url !== "string") throw notTheShape(response, "`next_page_url` as a string or null");
  let parsed: URL;
  try {
    parsed = new URL(url, "https://api.stripe.com");
  } catch {
    throw notTheShape(response, "a `next_page_url` that is a URL");
  }
  if (parsed.pathname !== path || (url.includes("://") && parsed.origin !== "https://api.stripe.com")) {
    throw notTheShape(response, `a \`next_page_url\` for ${path}`);
  }
  return parsed.search.slice(1);
}

function notTheShape(response: Response, expected: string): InvalidResponseError {
  return new InvalidResponseError(
    `${PROVIDER} answered HTTP ${response.status} with JSON that is not ${expected}`,
    { status: response.status, contentType: response.headers.get("content-type"), bodySnippet: "" },
    { provider: PROVIDER },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
