/**
 * `@wfrun/normalize/copyai`: a Copy.ai workflow run (`GET /api/workflow/{workflow_id}/run/{run_id}`) in the
 * shared model. The Copy.ai types are imported for types only: this module runs without @wfrun/copyai installed.
 */
import type { RunStatus, RunUsage, WorkflowRun } from "@wfrun/core";
import type { CopyAiWorkflowRun } from "@wfrun/copyai";
import {
  idOf,
  isoTimestamp,
  optionalStatus,
  nonNegativeNumber,
  recordFrom,
  requireId,
  requireObject,
  runError,
  statusFrom,
} from "./shared.js";

export type { CopyAiWorkflowRun };
export { fromCopyAiStart, startAndWaitCopyAi, type CopyAiStartAndWaitClient } from "./copyai-runs.js";
export type { StartedRun } from "./started.js";
export type { StartAndWaitOptions } from "./start-and-wait.js";

const PROVIDER = "copyai";

/**
 * Copy.ai's statuses. `WAITING` comes between `NEW` and `PROCESSING` and waits for resources "before it can
 * proceed": not started yet, so `queued` (the model's `waiting` is a run paused midway on something outside
 * it). `RETRYING` retries failed steps on its own and may still complete, so `running`; `FAILED` is the end.
 */
const COPYAI_STATUSES: ReadonlyMap<string, RunStatus> = new Map([
  ["NEW", "queued"],
  ["WAITING", "queued"],
  ["PROCESSING", "running"],
  ["RETRYING", "running"],
  ["COMPLETE", "succeeded"],
  ["FAILED", "failed"],
]);

/** The ids the caller asked for: Copy.ai's `data` does not always repeat the workflow id. */
export interface CopyAiRunIds {
  workflowId?: string;
  runId?: string;
}

/**
 * Maps a Copy.ai workflow run to the shared model. Takes the run as @wfrun/copyai returns it (the `data` of
 * the answer) or the whole `{status: "success", data}` envelope. Pass the ids you requested with: the run
 * does not always carry `workflowId`, and a run without `id` or `workflowRunId` takes `runId`. A run without
 * `status` (one of Copy.ai's own examples) is `unknown` with `providerStatus` `""`. Throws `NormalizeError`
 * only when the payload is not a Copy.ai run at all.
 */
export function fromCopyAi<Run extends CopyAiWorkflowRun>(
  payload: Run,
  ids?: CopyAiRunIds,
): WorkflowRun<"copyai", Run>;
export function fromCopyAi(payload: unknown, ids?: CopyAiRunIds): WorkflowRun<"copyai">;
export function fromCopyAi(payload: unknown, ids?: CopyAiRunIds): WorkflowRun<"copyai"> {
  const root = requireObject(payload, PROVIDER, "$");
  // The envelope is `{status: "success", data}`; a run always has an `id` or a `workflowRunId` of its own.
  const isEnvelope =
    Object.hasOwn(root, "data") && !Object.hasOwn(root, "id") && !Object.hasOwn(root, "workflowRunId");
  const at = isEnvelope ? "$.data" : "$";
  const run = isEnvelope ? requireObject(root.data, PROVIDER, at) : root;

  const id =
    idOf(run.id) ?? idOf(run.workflowRunId) ?? idOf(ids?.runId) ?? requireId(run.id, PROVIDER, `${at}.id`);
  const providerStatus = optionalStatus(run.status, PROVIDER, `${at}.status`) ?? "";
  const status = statusFrom(COPYAI_STATUSES, providerStatus);

  const usage: RunUsage = {};
  const credits = nonNegativeNumber(run.credits);
  if (credits !== undefined) usage.credits = credits;

  return {
    provider: PROVIDER,
    id,
    workflowId: idOf(run.workflowId) ?? idOf(ids?.workflowId),
    status,
    providerStatus,
    createdAt: isoTimestamp(run.createdAt),
    // Copy.ai sends only the creation time.
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    // `input` in the page's example; `startVariables` is the name the run was started with.
    inputs:
      recordFrom(run.input, PROVIDER, "$.input") ??
      recordFrom(run.startVariables, PROVIDER, "$.startVariables"),
    outputs: recordFrom(run.output, PROVIDER, "$.output"),
    error: runError(run.error, status),
    usage,
    raw: payload,
  };
}
