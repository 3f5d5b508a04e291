/**
 * `@wfrun/normalize/dify`: a Dify workflow run (`GET /workflows/run/{workflow_run_id}`) in the shared model.
 * The Dify types are imported for types only: this module runs without @wfrun/dify installed.
 */
import type { RunStatus, RunUsage, WorkflowRun } from "@wfrun/core";
import { parseJson } from "@wfrun/core/provider";
import type { DifyWorkflowRun } from "@wfrun/dify";
import {
  durationMs,
  idOf,
  isoTimestamp,
  nonNegativeNumber,
  recordFrom,
  requireId,
  requireObject,
  requireStatus,
  runError,
  statusFrom,
  tooDeep,
} from "./shared.js";

export type { DifyWorkflowRun };
export {
  fromDifyBlocking,
  fromDifyLogEntry,
  startAndWaitDify,
  type DifyStartAndWaitClient,
} from "./dify-runs.js";
export type { StartAndWaitOptions } from "./start-and-wait.js";

const PROVIDER = "dify";

/**
 * Dify's statuses (api/core/workflow/enums.py). `scheduled` is declared but unused; `paused` waits for human
 * input and can resume or be stopped, so it is `waiting`; `partial-succeeded` finished with failed nodes that
 * were handled, so it is terminal but not a plain success.
 */
const DIFY_STATUSES: ReadonlyMap<string, RunStatus> = new Map([
  ["scheduled", "queued"],
  ["running", "running"],
  ["paused", "waiting"],
  ["succeeded", "succeeded"],
  ["partial-succeeded", "partially_succeeded"],
  ["failed", "failed"],
  ["stopped", "canceled"],
]);

/**
 * Maps a Dify workflow run to the shared model. `inputs` may be an object, a JSON string of one (older docs)
 * or null; a string that is not the JSON of an object is `null` in the model and stays in `raw`. Throws
 * `NormalizeError` only when the payload is not a Dify run at all.
 */
export function fromDify<Run extends DifyWorkflowRun>(payload: Run): WorkflowRun<"dify", Run>;
export function fromDify(payload: unknown): WorkflowRun<"dify">;
export function fromDify(payload: unknown): WorkflowRun<"dify"> {
  const run = requireObject(payload, PROVIDER, "$");
  const id = requireId(run.id, PROVIDER, "$.id");
  const providerStatus = requireStatus(run.status, PROVIDER, "$.status");
  const status = statusFrom(DIFY_STATUSES, providerStatus);
  const createdAt = isoTimestamp(run.created_at);
  const finishedAt = isoTimestamp(run.finished_at);

  const usage: RunUsage = {};
  const tokens = nonNegativeNumber(run.total_tokens);
  const steps = nonNegativeNumber(run.total_steps);
  if (tokens !== undefined) usage.tokens = tokens;
  if (steps !== undefined) usage.steps = steps;

  return {
    provider: PROVIDER,
    id,
    workflowId: idOf(run.workflow_id),
    status,
    providerStatus,
    createdAt,
    // Dify sends no start time; a run starts when it is created (`scheduled` is unused), but the model does
    // not invent what the vendor did not say.
    startedAt: null,
    finishedAt,
    durationMs: durationMs(run.elapsed_time, createdAt, finishedAt),
    inputs: recordFrom(parsedIfString(run.inputs), PROVIDER, "$.inputs"),
    outputs: recordFrom(run.outputs, PROVIDER, "$.outputs"),
    error: runError(run.error, status),
    usage,
    raw: payload,
  };
}

/**
 * Dify's older page documents `inputs` as a string holding the JSON of an object: parsed here (integers beyond
 * 2^53 kept as their digits), so only this subpath carries a JSON parser. A string that is not JSON is no record.
 */
function parsedIfString(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return parseJson(value);
  } catch (error) {
    if (String((error as Error).message).includes("nested deeper")) throw tooDeep(PROVIDER, "$.inputs");
    return null;
  }
}
