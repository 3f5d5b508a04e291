/**
 * `@wfrun/normalize/stripe`: a Stripe Workflow Run (`GET /v2/extend/workflow_runs/{id}`) in the shared model.
 * The Stripe types are imported for types only: this module runs without @wfrun/stripe installed.
 */
import type { RunStatus, WorkflowRun } from "@wfrun/core";
import { isObject } from "@wfrun/core/provider";
import type { StripeWorkflowRun } from "@wfrun/stripe";
import {
  durationMs,
  idOf,
  isoTimestamp,
  recordFrom,
  requireId,
  requireObject,
  requireStatus,
  runError,
  statusFrom,
} from "./shared.js";

export type { StripeWorkflowRun };
export { startAndWaitStripe, type StripeStartAndWaitClient } from "./stripe-runs.js";
export type { StartAndWaitOptions } from "./start-and-wait.js";

const PROVIDER = "stripe";

/** Stripe documents `started`, `succeeded` and `failed`; it has no queued, waiting or canceled state. */
const STRIPE_STATUSES: ReadonlyMap<string, RunStatus> = new Map([
  ["started", "running"],
  ["succeeded", "succeeded"],
  ["failed", "failed"],
]);

/**
 * Maps a Stripe Workflow Run to the shared model. Throws `NormalizeError` only when the payload is not a
 * Stripe run at all (not an object, no `id`, a `status` that is not a string); a status Stripe adds later is
 * `unknown`.
 */
export function fromStripe<Run extends StripeWorkflowRun>(payload: Run): WorkflowRun<"stripe", Run>;
export function fromStripe(payload: unknown): WorkflowRun<"stripe">;
export function fromStripe(payload: unknown): WorkflowRun<"stripe"> {
  const run = requireObject(payload, PROVIDER, "$");
  const id = requireId(run.id, PROVIDER, "$.id");
  const providerStatus = requireStatus(run.status, PROVIDER, "$.status");
  const status = statusFrom(STRIPE_STATUSES, providerStatus);

  const transitions = isObject(run.status_transitions) ? run.status_transitions : {};
  const startedAt = isoTimestamp(transitions.started_at);
  const succeededAt = isoTimestamp(transitions.succeeded_at);
  const failedAt = isoTimestamp(transitions.failed_at);
  // The transition that matches the status is the finish; for a status this version does not know, whichever
  // terminal transition Stripe recorded.
  const finishedAt =
    status === "succeeded" ? succeededAt : status === "failed" ? failedAt : (succeededAt ?? failedAt);

  const details = isObject(run.status_details) ? run.status_details : {};
  const failed = isObject(details.failed) ? details.failed : {};
  const trigger = isObject(run.trigger) ? run.trigger : {};
  const manual = isObject(trigger.manual) ? trigger.manual : {};

  const createdAt = isoTimestamp(run.created);

  return {
    provider: PROVIDER,
    id,
    workflowId: idOf(run.workflow),
    status,
    providerStatus,
    createdAt,
    startedAt,
    finishedAt,
    // Stripe sends no duration; without a start transition, the run is timed from its creation.
    durationMs: durationMs(undefined, startedAt ?? createdAt, finishedAt),
    // Only a manual trigger carries inputs; an event trigger's event is in raw.trigger.
    inputs: recordFrom(manual.input_parameters, PROVIDER, "$.trigger.manual.input_parameters"),
    outputs: null,
    error: runError({ message: failed.error_message }, status),
    usage: {},
    raw: payload,
  };
}
