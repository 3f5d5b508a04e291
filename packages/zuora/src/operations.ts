import { InvalidArgumentError } from "@wfrun/core";
import { assertPathSegment, isObject, type ApiClient } from "@wfrun/core/provider";
import type { ZuoraRequestOptions, ZuoraWorkflowRun } from "./client.js";
import type { components, paths } from "./generated/schema.js";
import { argumentFailure, scopeHeaders, type ZuoraHeaders } from "./headers.js";

/** The parameters a run starts with, keyed by the names the workflow's settings define. */
export type ZuoraRunParameters = components["schemas"]["RunWorkflowParameters"];
/** What Zuora answers an `async` start: only a request id, under a name it does not document. */
export type ZuoraAsyncAccepted = components["schemas"]["AsyncAccepted"];

/**
 * A start's options: the call's, Zuora's scope headers, and `idempotencyKey` (sent as `Idempotency-Key`; default a
 * new key per call, reused by its retries, so a retry after a timeout never runs the workflow twice).
 */
export type ZuoraStartOptions = ZuoraRequestOptions;

/** Names Zuora reserves: a parameter by one of them never reaches the workflow ("Run a workflow"). */
const RESERVED = ["controller", "action", "id", "user_email", "user_token", "format"] as const;

/**
 * Zuora's run operations. The Workflow API pages this package follows document no list of a workflow's runs,
 * so there is no `listRuns`.
 */
export interface ZuoraRunOperations {
  /**
   * Runs a workflow (`POST /workflows/{workflow_id}/run`) and returns the new run, usually `Queued`. Sent with an
   * `Idempotency-Key`, so retries after a timeout are safe.
   */
  startRun(
    workflowId: string,
    parameters?: ZuoraRunParameters,
    options?: ZuoraStartOptions,
  ): Promise<ZuoraWorkflowRun>;
  /**
   * Like `startRun` with Zuora's `async: true` header: Zuora queues the request and answers at once (202) with
   * only a request id, so the run's id is not known from the answer.
   */
  startRunAsync(
    workflowId: string,
    parameters?: ZuoraRunParameters,
    options?: ZuoraStartOptions,
  ): Promise<ZuoraAsyncAccepted>;
  /**
   * Stops a run (`PUT /workflows/workflow_runs/{workflow_run_id}/stop`) and returns it as the stop left it
   * (`Stopping` or `Stopped`). Zuora does not document its answer for a run that has already ended.
   */
  stopRun(runId: string, options?: ZuoraRequestOptions): Promise<ZuoraWorkflowRun>;
}

export function zuoraRunOperations(api: ApiClient<paths>, clientHeaders: ZuoraHeaders): ZuoraRunOperations {
  const headersFor = (call: ZuoraRequestOptions | undefined, where: string) => ({
    ...clientHeaders,
    ...scopeHeaders(call ?? {}, where, argumentFailure),
  });

  /** Zuora answers the run, or (with `async`) a request id only: the caller says which it asked for. */
  async function start<Answer>(
    workflowId: string,
    parameters: ZuoraRunParameters | undefined,
    call: ZuoraStartOptions | undefined,
    async: boolean,
  ): Promise<Answer> {
    assertPathSegment("workflowId", workflowId);
    if (parameters !== undefined && !isObject(parameters)) {
      throw new InvalidArgumentError(
        "startRun: `parameters` must be an object of the workflow's parameters",
        "parameters",
      );
    }
    const reserved = RESERVED.find((name) => parameters !== undefined && Object.hasOwn(parameters, name));
    if (reserved !== undefined) {
      throw new InvalidArgumentError(
        `startRun: \`${reserved}\` is a name Zuora reserves; rename the parameter`,
        "parameters",
      );
    }
    const header = { ...headersFor(call, "startRun"), ...(async ? { async: true } : {}) };
    // The transport adds the Idempotency-Key (the caller's or a new one) and reuses it on every retry.
    const answer: unknown = await api.request(
      "post",
      "/workflows/{workflow_id}/run",
      { params: { path: { workflow_id: workflowId }, header }, body: parameters ?? {} },
      call,
    );
    return answer as Answer;
  }

  return {
    async startRun(workflowId, parameters, call) {
      return start<ZuoraWorkflowRun>(workflowId, parameters, call, false);
    },
    async startRunAsync(workflowId, parameters, call) {
      return start<ZuoraAsyncAccepted>(workflowId, parameters, call, true);
    },
    async stopRun(runId, call) {
      assertPathSegment("runId", runId);
      return api.request(
        "put",
        "/workflows/workflow_runs/{workflow_run_id}/stop",
        { params: { path: { workflow_run_id: runId }, header: headersFor(call, "stopRun") } },
        call,
      );
    },
  };
}
