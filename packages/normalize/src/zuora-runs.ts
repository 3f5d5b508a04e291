import type { WorkflowRun } from "@wfrun/core";
import type { ZuoraClient, ZuoraRunParameters, ZuoraStartOptions, ZuoraWorkflowRun } from "@wfrun/zuora";
import { startThenWait, type StartAndWaitOptions } from "./start-and-wait.js";
import { fromZuora } from "./zuora.js";

/** The client calls `startAndWaitZuora` makes; a `ZuoraClient` has them. */
export type ZuoraStartAndWaitClient = Pick<ZuoraClient, "startRun" | "getWorkflowRun">;

/**
 * Runs a Zuora workflow and polls the new run until it ends, in the shared model: a `Finished` run is judged
 * by its tasks (Zuora has no failure status), and one with tasks still pending is not yet the end. Zuora's
 * scope headers and `idempotencyKey` go to every call.
 */
export function startAndWaitZuora(
  client: ZuoraStartAndWaitClient,
  workflowId: string,
  parameters: ZuoraRunParameters,
  options: StartAndWaitOptions<
    WorkflowRun<"zuora", ZuoraWorkflowRun>,
    WorkflowRun<"zuora", ZuoraWorkflowRun>
  > &
    Omit<ZuoraStartOptions, "signal" | "timeoutMs">,
): Promise<WorkflowRun<"zuora", ZuoraWorkflowRun>> {
  const { timeoutMs, minDelayMs, maxDelayMs, signal, onProgress, onStarted, clock, ...calls } = options;
  // The key is for the start only; the polls are reads.
  const { idempotencyKey: _startOnly, ...scope } = calls;
  return startThenWait(
    async (signal) => fromZuora(await client.startRun(workflowId, parameters, { ...calls, signal })),
    (started, signal) =>
      client.getWorkflowRun(started.id, { ...scope, signal }).then((run) => fromZuora(run)),
    { timeoutMs, minDelayMs, maxDelayMs, signal, onProgress, onStarted, clock },
  );
}
