import { randomBytes } from "node:crypto";
import { SPEC_EXAMPLES } from "../generated/examples.js";
import type { LiveStage, StoredRun } from "../store.js";
import { queryNumber } from "./copyai-runs.js";
import { INVALID_BODY, matchPath, type Lifecycle, type LifecycleRequest, type Reply } from "./profile.js";

const WORKFLOW = SPEC_EXAMPLES.stripe["GET /v2/extend/workflows/{id}"]["200"].workflow;
const RUN = SPEC_EXAMPLES.stripe["POST /v2/extend/workflows/{id}/invoke"]["200"].invoked;
const STATUS: Readonly<Record<LiveStage, string>> = {
  queued: "started",
  running: "started",
  succeeded: "succeeded",
  failed: "failed",
  // Stripe cannot stop a run; this stage never happens here.
  stopped: "failed",
};

const invalid = (message: string, param?: string): Reply => ({
  status: 400,
  body: {
    error: { type: "invalid_request_error", code: "parameter_invalid", message, ...(param ? { param } : {}) },
  },
});

/** The values of a v2 array filter, however sent: `status=a`, `status[]=a` or stripe-node's `status[0]=a`. */
function arrayParam(query: URLSearchParams, name: string): string[] {
  return [...query]
    .filter(([key]) => key === name || new RegExp(`^${name}\\[\\d*\\]$`).test(key))
    .map(([, v]) => v);
}

/**
 * One page of a v2 list. The page token is the offset, opaque to clients; `next_page_url` repeats the filters
 * and the limit, as Stripe's does, so following it as given is all a client has to do.
 */
function v2Page<T>(
  path: string,
  items: readonly T[],
  query: URLSearchParams,
  filters: Record<string, string[]>,
): Reply {
  const limit = queryNumber(query.get("limit"), 20, 1, 100);
  if (limit === undefined) return invalid("limit must be a whole number from 1 to 100", "limit");
  const token = query.get("page");
  const offset = token === null ? 0 : Number(/^pg_(\d+)$/.exec(token)?.[1] ?? NaN);
  if (!Number.isSafeInteger(offset)) return invalid("The page token is not valid for this list", "page");
  const next = new URLSearchParams({ limit: String(limit), page: `pg_${offset + limit}` });
  for (const [name, values] of Object.entries(filters))
    values.forEach((v, i) => next.append(`${name}[${i}]`, v));
  return {
    status: 200,
    body: {
      data: items.slice(offset, offset + limit),
      next_page_url: offset + limit < items.length ? `${path}?${next}` : null,
      previous_page_url: offset > 0 ? `${path}?limit=${limit}&page=pg_${Math.max(0, offset - limit)}` : null,
    },
  };
}

/** Stripe: invoke (`POST /v2/extend/workflows/{id}/invoke`, idempotent by key), run and workflow lists. */
export const stripeLifecycle: Lifecycle = {
  route(segments, method) {
    if (method === "POST") {
      const captured = matchPath(segments, ["v2", "extend", "workflows", "*", "invoke"]);
      return captured && { op: "invoke", params: captured };
    }
    if (method !== "GET") return undefined;
    if (matchPath(segments, ["v2", "extend", "workflow_runs"])) return { op: "runs", params: [] };
    if (matchPath(segments, ["v2", "extend", "workflows"])) return { op: "workflows", params: [] };
    const captured = matchPath(segments, ["v2", "extend", "workflows", "*"]);
    return captured && { op: "workflow", params: captured };
  },
  answer({ op, params: [id = ""] }, request) {
    switch (op) {
      case "invoke":
        return invoke(id, request);
      case "runs": {
        const statuses = arrayParam(request.query, "status");
        const workflows = arrayParam(request.query, "workflow");
        const runs = request.store
          .list("stripe")
          .filter((run) => workflows.length === 0 || workflows.includes(run.workflowId))
          .map((run) => runBody(run, request.stageOf(run)))
          .filter((run) => statuses.length === 0 || statuses.includes(run.status));
        return v2Page("/v2/extend/workflow_runs", runs, request.query, {
          status: statuses,
          workflow: workflows,
        });
      }
      case "workflows": {
        const invoked = new Set(request.store.list("stripe").map((run) => run.workflowId));
        const all = [WORKFLOW.id, ...[...invoked].filter((wf) => wf !== WORKFLOW.id)].map((wf) => ({
          ...WORKFLOW,
          id: wf,
        }));
        return v2Page("/v2/extend/workflows", all, request.query, {});
      }
      default:
        return { status: 200, body: { ...WORKFLOW, id } };
    }
  },
  runBody,
};

function invoke(workflowId: string, { body, headers, store }: LifecycleRequest): Reply {
  if (body === INVALID_BODY) return invalid("The request body must be JSON");
  const params = (body as { input_parameters?: unknown } | undefined)?.input_parameters;
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    return invalid("input_parameters is required and must be an object", "input_parameters");
  }
  const key = headers["idempotency-key"];
  const { run, replayed } = store.start(
    "stripe",
    {
      workflowId,
      inputs: params as Record<string, unknown>,
      idempotencyKey: typeof key === "string" ? key : undefined,
    },
    () => `wfrun_test_${randomBytes(20).toString("hex")}`,
  );
  // A replay answers what the first request answered: the run as it was created.
  return {
    status: 200,
    body: runBody(run, "running"),
    ...(replayed ? { headers: { "idempotent-replayed": "true" } } : {}),
  };
}

function runBody(run: StoredRun, stage: LiveStage) {
  const status = STATUS[stage];
  const created = run.createdAt.toISOString();
  const ended = new Date(run.createdAt.getTime() + 1_842).toISOString();
  return {
    ...RUN,
    id: run.id,
    created,
    status,
    status_details: {
      failed: status === "failed" ? { error_message: "The workflow's action failed (wfrun mock)." } : null,
      started: {},
      succeeded: status === "succeeded" ? {} : null,
    },
    status_transitions: {
      failed_at: status === "failed" ? ended : null,
      started_at: created,
      succeeded_at: status === "succeeded" ? ended : null,
    },
    trigger: { manual: { input_parameters: run.inputs }, type: "manual" },
    workflow: run.workflowId,
  };
}
