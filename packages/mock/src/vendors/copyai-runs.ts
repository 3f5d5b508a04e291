import { randomUUID } from "node:crypto";
import type { LiveStage, StoredRun } from "../store.js";
import { INVALID_BODY, matchPath, type Lifecycle, type Reply } from "./profile.js";

const STATUS: Readonly<Record<LiveStage, string>> = {
  queued: "NEW",
  running: "PROCESSING",
  succeeded: "COMPLETE",
  failed: "FAILED",
  // Copy.ai cannot stop a run; this stage never happens here.
  stopped: "FAILED",
};

const validation = (message: string): Reply => ({
  status: 422,
  body: { status: "error", errorCode: "VALIDATION_ERROR", message },
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A whole number from `min` to `max`, the default when absent, undefined when invalid. */
export function queryNumber(value: string | null, fallback: number, min: number, max: number) {
  if (value === null) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number >= min && number <= max ? number : undefined;
}

/** Copy.ai: start (`POST …/run`, id only) and list (`GET …/run`, pages from 1, size ≤ 100); no stop. */
export const copyaiLifecycle: Lifecycle = {
  route(segments, method) {
    const captured = matchPath(segments, ["api", "workflow", "*", "run"]);
    if (!captured) return undefined;
    if (method === "POST") return { op: "start", params: captured };
    if (method === "GET") return { op: "list", params: captured };
    return undefined;
  },
  answer({ op, params: [workflowId = ""] }, { store, body, query, stageOf }) {
    if (op === "start") {
      if (body === INVALID_BODY) return validation("The body must be JSON");
      if (!isObject(body) || !isObject(body.startVariables)) {
        return validation("startVariables must be an object");
      }
      if (body.metadata !== undefined && body.metadata !== null && !isObject(body.metadata)) {
        return validation("metadata must be an object");
      }
      const { run } = store.start(
        "copyai",
        {
          workflowId,
          inputs: body.startVariables,
          metadata: isObject(body.metadata) ? body.metadata : null,
        },
        () => `WRUN-${randomUUID()}`,
      );
      return { status: 200, body: { status: "success", data: { id: run.id } } };
    }
    const page = queryNumber(query.get("page"), 1, 1, Number.MAX_SAFE_INTEGER);
    const size = queryNumber(query.get("size"), 10, 1, 100);
    if (page === undefined) return validation("page must be a whole number from 1");
    if (size === undefined) return validation("size must be a whole number from 1 to 100");
    const runs = store.list("copyai").filter((run) => run.workflowId === workflowId);
    const data = runs.slice((page - 1) * size, page * size).map((run) => runData(run, stageOf(run)));
    return { status: 200, body: { status: "success", data: { total: runs.length, data } } };
  },
  runBody: (run, stage) => ({ status: "success", data: runData(run, stage) }),
};

function runData(run: StoredRun, stage: LiveStage) {
  const done = stage === "succeeded";
  return {
    id: run.id,
    workflowRunId: run.id,
    workflowId: run.workflowId,
    status: STATUS[stage],
    input: run.inputs,
    output: done ? { text: "workflow run output" } : {},
    metadata: run.metadata,
    createdAt: run.createdAt.toISOString(),
    credits: done || stage === "failed" ? 2 : 0,
  };
}
