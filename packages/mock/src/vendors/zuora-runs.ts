import type { RunStage } from "../runs.js";
import type { LiveStage, StoredRun } from "../store.js";
import { INVALID_BODY, matchPath, type Lifecycle, type Reply } from "./profile.js";

/** Zuora's run ids are numbers; started runs count up from here, clear of the spec's example ids. */
const FIRST_ID = 700_000;
const RESERVED = ["controller", "action", "id", "user_email", "user_token", "format"];

const workflowError = (status: number, code: string, title: string): Reply => ({
  status,
  body: { errors: [{ status, code, title }] },
});

/**
 * Zuora: run (`POST /workflows/{id}/run`, idempotent by key, `async: true` answers 202) and stop
 * (`PUT /workflows/workflow_runs/{id}/stop`: `Stopping` in the answer, `Stopped` from then on). `bodyAt` is the
 * profile's body for a built-in stage, so started runs look exactly like the built-in ones.
 */
export function zuoraLifecycle(bodyAt: (stage: RunStage) => Record<string, unknown>): Lifecycle {
  let lastId = FIRST_ID;
  function runBody(run: StoredRun, stage: LiveStage) {
    const base = bodyAt(stage === "stopped" ? (run.stoppedAt ?? "running") : stage);
    const ids = {
      id: Number(run.id),
      name: `WF-${run.workflowId}-${run.id.padStart(8, "0")}`,
      originalWorkflowId: run.workflowId,
    };
    if (stage !== "stopped") return { ...base, ...ids };
    const total = Number((base.tasks as { total?: number } | undefined)?.total ?? 0);
    return {
      ...base,
      ...ids,
      status: "Stopped",
      finishedAt: base.updatedAt,
      tasks: { error: 0, pending: 0, processing: 0, queued: 0, success: 0, stopped: total, total },
    };
  }

  return {
    route(segments, method) {
      if (method === "POST") {
        const captured = matchPath(segments, ["workflows", "*", "run"]);
        return captured && { op: "run", params: captured };
      }
      if (method === "PUT") {
        const captured = matchPath(segments, ["workflows", "workflow_runs", "*", "stop"]);
        return captured && { op: "stop", params: captured };
      }
      return undefined;
    },
    answer({ op, params: [id = ""] }, { store, body, headers, stageOf }) {
      if (op === "stop") {
        const run = store.find("zuora", id);
        if (!run) return workflowError(404, "not_found", "Workflow run not found");
        const stage = stageOf(run);
        if (stage === "succeeded" || stage === "failed" || stage === "stopped") {
          return { status: 200, body: runBody(run, stage) };
        }
        run.stoppedAt = stage;
        return { status: 200, body: { ...runBody(run, "stopped"), status: "Stopping", finishedAt: null } };
      }
      if (!/^\d+$/.test(id)) return workflowError(404, "not_found", "Workflow not found");
      const parameters = body === undefined ? {} : body;
      if (
        parameters === INVALID_BODY ||
        typeof parameters !== "object" ||
        parameters === null ||
        Array.isArray(parameters)
      ) {
        return workflowError(406, "invalid_parameters", "The body must be a JSON object of parameters");
      }
      const reserved = RESERVED.find((name) => Object.hasOwn(parameters, name));
      if (reserved)
        return workflowError(400, "reserved_parameter", `${reserved} is a reserved parameter name`);
      const key = headers["idempotency-key"];
      const { run } = store.start(
        "zuora",
        {
          workflowId: id,
          inputs: parameters as Record<string, unknown>,
          idempotencyKey: typeof key === "string" ? key : undefined,
        },
        () => String(++lastId),
      );
      if (headers.async === "true") return { status: 202, body: { requestId: `req-${run.id}` } };
      return { status: 200, body: runBody(run, "queued") };
    },
    runBody,
  };
}
