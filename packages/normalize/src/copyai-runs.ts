import type { WorkflowRun } from "@wfrun/core";
import type { CopyAiClient, CopyAiStartedRun, CopyAiStartRunInput, CopyAiWorkflowRun } from "@wfrun/copyai";
import { fromCopyAi } from "./copyai.js";
import { requireId, requireObject } from "./shared.js";
import { startThenWait, type StartAndWaitOptions } from "./start-and-wait.js";
import type { StartedRun } from "./started.js";

/**
 * Copy.ai answers a start with the new run's id only (`{id}`, the `data` of `{status, data: {id}}`), so a start
 * maps to a {@link StartedRun}, not to a `WorkflowRun`. Pass the workflow id the run was started in.
 */
export function fromCopyAiStart(
  payload: CopyAiStartedRun,
  workflowId?: string,
): StartedRun<"copyai", CopyAiStartedRun>;
export function fromCopyAiStart(payload: unknown, workflowId?: string): StartedRun<"copyai">;
export function fromCopyAiStart(payload: unknown, workflowId?: string): StartedRun<"copyai"> {
  const root = requireObject(payload, "copyai", "$");
  const isEnvelope = !Object.hasOwn(root, "id") && Object.hasOwn(root, "data");
  const at = isEnvelope ? "$.data" : "$";
  const data = isEnvelope ? requireObject(root.data, "copyai", at) : root;
  return {
    provider: "copyai",
    id: requireId(data.id, "copyai", `${at}.id`),
    workflowId: workflowId === undefined || workflowId === "" ? null : workflowId,
    raw: payload,
  };
}

/** The client calls `startAndWaitCopyAi` makes; a `CopyAiClient` has them. */
export type CopyAiStartAndWaitClient = Pick<CopyAiClient, "startRun" | "getWorkflowRun">;

/**
 * Starts a Copy.ai run and polls it until it ends, as `startRun` then `waitForRun` would: resolves with the
 * finished run in the shared model (whatever its outcome), rejects with `TimeoutError` after `timeoutMs`.
 */
export function startAndWaitCopyAi(
  client: CopyAiStartAndWaitClient,
  workflowId: string,
  input: CopyAiStartRunInput,
  options: StartAndWaitOptions<
    WorkflowRun<"copyai", CopyAiWorkflowRun>,
    StartedRun<"copyai", CopyAiStartedRun>
  >,
): Promise<WorkflowRun<"copyai", CopyAiWorkflowRun>> {
  return startThenWait(
    async (signal) => fromCopyAiStart(await client.startRun(workflowId, input, { signal }), workflowId),
    (started, signal) =>
      client
        .getWorkflowRun(workflowId, started.id, { signal })
        .then((run) => fromCopyAi(run, { workflowId, runId: started.id })),
    options,
  );
}
