import {
  InvalidArgumentError,
  InvalidResponseError,
  type ListOptions,
  type OpenEnum,
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

/**
 * A start's options. `idempotencyKey` is sent as `Idempotency-Key`; by default a new random key per call,
 * reused by that call's retries. Pass your own to make a start safe to repeat across calls (a job that may run
 * twice): Stripe answers the same run.
 */
export type StripeStartOptions = RequestOptions;

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
  ): RunList<Item> {
    const { limit, pageSize } = checkListOptions(`stripe ${path}`, options, PAGE);
    const first: [string, string][] = [["limit", String(pageSize)]];
    for (const [name, values] of Object.entries(filters)) {
      if (values === undefined) continue;
      if (!isNonEmptyStrings(values)) {
        throw new InvalidArgumentError(`\`${name}\` must be an array of non-empty strings`, name);
      }
      // stripe-node's encoding of v2 array filters: status[0]=failed&status[1]=started.
      values.forEach((value, index) => first.push([`${name}[${index}]`, value]));
    }
    return paginate<Item, [string, string][]>(
      first,
      async (pairs) => {
        // The query is data the server gave (or stripe-node's indexed keys), not the spec's typed filters.
        const query = Object.fromEntries(pairs) as never;
        const page: unknown = await api.request("get", path, { params: { header, query } }, options);
        if (!isObject(page) || !Array.isArray(page.data)) {
          throw notTheShape("a v2 list page: an object with a `data` array");
        }
        return { items: page.data as Item[], next: nextQuery(page.next_page_url, path) };
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
      // The transport sends an Idempotency-Key (the caller's or a new one) and reuses it on every retry.
      return api.request(
        "post",
        "/v2/extend/workflows/{id}/invoke",
        { params: { path: { id: workflowId }, header }, body: { input_parameters: inputParameters } },
        callOptions,
      );
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
      return api.request(
        "get",
        "/v2/extend/workflows/{id}",
        { params: { path: { id }, header } },
        callOptions,
      );
    },
  };
}

/**
 * The query of the next page, from `next_page_url`; undefined on the last page. Only a URL for the same list is
 * followed: one that points elsewhere would send the key to a path the caller never asked for.
 */
function nextQuery(url: unknown, path: ListPath): [string, string][] | undefined {
  if (url === null || url === undefined) return undefined;
  if (typeof url !== "string") throw notTheShape("`next_page_url` as a string or null");
  let parsed: URL;
  try {
    parsed = new URL(url, "https://api.stripe.com");
  } catch {
    throw notTheShape("a `next_page_url` that is a URL");
  }
  if (parsed.pathname !== path || (url.includes("://") && parsed.origin !== "https://api.stripe.com")) {
    throw notTheShape(`a \`next_page_url\` for ${path}`);
  }
  return [...parsed.searchParams];
}

function notTheShape(expected: string): InvalidResponseError {
  return new InvalidResponseError(
    `${PROVIDER} answered with JSON that is not ${expected}`,
    { status: 200, contentType: "application/json", bodySnippet: "" },
    { provider: PROVIDER },
  );
}

function isNonEmptyStrings(values: unknown): values is readonly string[] {
  return Array.isArray(values) && values.every((value) => typeof value === "string" && value !== "");
}
