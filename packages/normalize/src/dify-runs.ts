import type { WorkflowRun } from "@wfrun/core";
import type {
  DifyBlockingRun,
  DifyClient,
  DifyRunInput,
  DifyRunStream,
  DifyWorkflowLogEntry,
  DifyWorkflowRun,
} from "@wfrun/dify";
import { fromDify } from "./dify.js";
import { requireObject } from "./shared.js";
import { startThenWait, type StartAndWaitOptions } from "./start-and-wait.js";

/** A blocking run's answer in the shared model: its `data` is the run as it ended. */
export function fromDifyBlocking(payload: DifyBlockingRun): WorkflowRun<"dify", DifyBlockingRun>;
export function fromDifyBlocking(payload: unknown): WorkflowRun<"dify">;
export function fromDifyBlocking(payload: unknown): WorkflowRun<"dify"> {
  const root = requireObject(payload, "dify", "$");
  return { ...fromDify(requireObject(root.data, "dify", "$.data")), raw: payload };
}

/** One entry of the workflow logs in the shared model (a run summary: no inputs or outputs). */
export function fromDifyLogEntry(payload: DifyWorkflowLogEntry): WorkflowRun<"dify", DifyWorkflowLogEntry>;
export function fromDifyLogEntry(payload: unknown): WorkflowRun<"dify">;
export function fromDifyLogEntry(payload: unknown): WorkflowRun<"dify"> {
  const root = requireObject(payload, "dify", "$");
  return { ...fromDify(requireObject(root.workflow_run, "dify", "$.workflow_run")), raw: payload };
}

/** The client calls `startAndWaitDify` makes; a `DifyClient` has them. */
export type DifyStartAndWaitClient = Pick<DifyClient, "startRun" | "getWorkflowRun">;

/**
 * Starts a Dify run in streaming mode, so the run's id is known at `workflow_started`, then polls the run until
 * it ends, in the shared model. The event stream is closed once the ids are in (Dify's streaming guide: for
 * workflow runs "a dropped connection isn't fatal", the run goes on), and polling has no 100-second cut-off as a
 * blocking request on Dify Cloud has. `onStarted` gets the stream's ids and first event.
 */
export function startAndWaitDify(
  client: DifyStartAndWaitClient,
  input: DifyRunInput,
  options: StartAndWaitOptions<WorkflowRun<"dify", DifyWorkflowRun>, Omit<DifyRunStream, "events">>,
): Promise<WorkflowRun<"dify", DifyWorkflowRun>> {
  return startThenWait(
    async (signal) => {
      const { events, ...started } = await client.startRun(
        { ...input, responseMode: "streaming" },
        { signal },
      );
      await events.return?.();
      return started;
    },
    (started, signal) => client.getWorkflowRun(started.runId, { signal }).then((run) => fromDify(run)),
    options,
  );
}
