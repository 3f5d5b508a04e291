import type { WorkflowRun } from "@wfrun/core";
import type { StripeClient, StripeStartOptions, StripeWorkflowRun } from "@wfrun/stripe";
import { startThenWait, type StartAndWaitOptions } from "./start-and-wait.js";
import { fromStripe } from "./stripe.js";

/** The client calls `startAndWaitStripe` makes; a `StripeClient` has them. */
export type StripeStartAndWaitClient = Pick<StripeClient, "startRun" | "getWorkflowRun">;

/**
 * Invokes a Stripe Workflow and polls the new run until it ends, in the shared model. Stripe answers the
 * invocation with the run itself, which `onStarted` receives normalized. `idempotencyKey` is passed to the
 * start: give one to make the whole call safe to repeat.
 */
export function startAndWaitStripe(
  client: StripeStartAndWaitClient,
  workflowId: string,
  inputParameters: Record<string, unknown>,
  options: StartAndWaitOptions<
    WorkflowRun<"stripe", StripeWorkflowRun>,
    WorkflowRun<"stripe", StripeWorkflowRun>
  > &
    Pick<StripeStartOptions, "idempotencyKey">,
): Promise<WorkflowRun<"stripe", StripeWorkflowRun>> {
  const { idempotencyKey, ...wait } = options;
  return startThenWait(
    async (signal) =>
      fromStripe(await client.startRun(workflowId, inputParameters, { signal, idempotencyKey })),
    (started, signal) => client.getWorkflowRun(started.id, { signal }).then((run) => fromStripe(run)),
    wait,
  );
}
