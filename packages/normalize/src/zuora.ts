/**
 * `@wfrun/normalize/zuora`: a Zuora workflow run (`GET /workflows/workflow_runs/{workflow_run_id}`) in the shared
 * model. The Zuora types are imported for types only: this module runs without @wfrun/zuora installed.
 */
import { isTerminal, type RunError, type RunStatus, type WorkflowRun } from "@wfrun/core";
import { isObject } from "@wfrun/core/provider";
import type { ZuoraWorkflowRun } from "@wfrun/zuora";
import {
  durationMs,
  idOf,
  isoTimestamp,
  NormalizeError,
  nonNegativeNumber,
  requireId,
  requireObject,
  requireStatus,
  runError,
  statusFrom,
  type JsonObject,
} from "./shared.js";

export type { ZuoraWorkflowRun };
export { startAndWaitZuora, type ZuoraStartAndWaitClient } from "./zuora-runs.js";
export type { StartAndWaitOptions } from "./start-and-wait.js";

const PROVIDER = "zuora";

/**
 * Zuora's statuses. `Stopping` is on its way to `Stopped` and not over yet, so it is `running`. `Finished` is
 * not in this table: Zuora has no failure status, so a finished run is judged by its task counts.
 */
const ZUORA_STATUSES: ReadonlyMap<string, RunStatus> = new Map([
  ["Queued", "queued"],
  ["Processing", "running"],
  ["Stopping", "running"],
  ["Stopped", "canceled"],
]);

const TASK_COUNTS = ["error", "success", "pending", "processing", "queued"] as const;
type TaskCounts = Record<(typeof TASK_COUNTS)[number], number>;

/**
 * Maps a Zuora workflow run to the shared model: `id` and `originalWorkflowId` become strings, timestamps
 * such as `2019-09-10 19:32:21 UTC` become ISO 8601, `runTime` (seconds) becomes `durationMs`. Throws
 * `NormalizeError` when the payload is not a Zuora run at all, or when a `Finished` run's task counts cannot
 * be read, since its outcome depends on them.
 */
export function fromZuora<Run extends ZuoraWorkflowRun>(payload: Run): WorkflowRun<"zuora", Run>;
export function fromZuora(payload: unknown): WorkflowRun<"zuora">;
export function fromZuora(payload: unknown): WorkflowRun<"zuora"> {
  const run = requireObject(payload, PROVIDER, "$");
  const id = requireId(run.id, PROVIDER, "$.id");
  const providerStatus = requireStatus(run.status, PROVIDER, "$.status");
  // Only a `Finished` run's outcome depends on its tasks: unreadable counts are refused there alone.
  const finished = providerStatus === "Finished";
  const counts = finished ? taskCounts(run.tasks) : undefined;
  const status = counts ? finishedStatus(counts) : statusFrom(ZUORA_STATUSES, providerStatus);
  const createdAt = isoTimestamp(run.createdAt);
  const finishedAt = isoTimestamp(run.finishedAt);

  return {
    provider: PROVIDER,
    id,
    workflowId: idOf(run.originalWorkflowId),
    status,
    providerStatus,
    createdAt,
    startedAt: null, // Zuora sends no start time
    finishedAt,
    // `runTime` is 0 while queued and still counting while processing: only an ended run has a duration.
    durationMs: isTerminal(status) ? durationMs(run.runTime, createdAt, finishedAt) : null,
    inputs: null,
    outputs: null,
    error: runError(counts && taskError(counts, run.tasks), status),
    usage: {},
    raw: payload,
  };
}

/**
 * The outcome of a `Finished` run, from its tasks:
 * - tasks still pending (Zuora retries them after a finish), queued or processing → `running`: the outcome can
 *   still change, so the run is not treated as over;
 * - no task in error → `succeeded` (also when Zuora sent no `tasks`: nothing reports a failure);
 * - some in error, some succeeded → `partially_succeeded`;
 * - tasks in error and none succeeded → `failed`.
 */
function finishedStatus(counts: TaskCounts): RunStatus {
  if (counts.pending + counts.processing + counts.queued > 0) return "running";
  if (counts.error === 0) return "succeeded";
  return counts.success > 0 ? "partially_succeeded" : "failed";
}

function taskCounts(tasks: unknown): TaskCounts {
  const counts: TaskCounts = { error: 0, success: 0, pending: 0, processing: 0, queued: 0 };
  if (tasks === undefined || tasks === null) return counts;
  const object: JsonObject = requireObject(tasks, PROVIDER, "$.tasks");
  for (const name of TASK_COUNTS) {
    const value = object[name];
    if (value === undefined || value === null) continue;
    const count = nonNegativeNumber(value);
    if (count === undefined) {
      throw new NormalizeError(PROVIDER, `$.tasks.${name}`, "must be a count of tasks (a number ≥ 0)");
    }
    counts[name] = count;
  }
  return counts;
}

/** Zuora sends no error message; its task counts are what says why a run failed: `4 of 4 tasks failed`. */
function taskError(counts: TaskCounts, tasks: unknown): RunError | undefined {
  if (counts.error === 0) return undefined;
  const sent = isObject(tasks) ? nonNegativeNumber(tasks.total) : undefined;
  const total = sent ?? TASK_COUNTS.reduce((sum, name) => sum + counts[name], 0);
  return { message: `${counts.error} of ${total} ${total === 1 ? "task" : "tasks"} failed` };
}
