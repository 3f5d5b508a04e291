import {
  DEFAULT_TIMEOUT_MS,
  InvalidArgumentError,
  TimeoutError,
  type ListOptions,
  type RequestOptions,
  type RunList,
} from "@wfrun/core";
import {
  assertPathSegment,
  checkListOptions,
  isObject,
  paginate,
  type ApiClient,
  type StreamResponse,
} from "@wfrun/core/provider";
import { difyEvents, streamError, type DifyStreamEvent } from "./events.js";
import type { components, paths } from "./generated/schema.js";

/** What a run starts with. `user` is your id for the end user; only requests with the same `user` see the run. */
export interface DifyRunInput {
  inputs: Record<string, unknown>;
  user: string;
  files?: components["schemas"]["WorkflowRunRequest"]["files"];
  /** A published workflow version to run (`POST /workflows/{workflow_id}/run`); default the app's published one. */
  workflowId?: string;
}

/** A blocking run's answer: the run as it ended. */
export type DifyBlockingRun = components["schemas"]["WorkflowBlockingResponse"];
/** One entry of the workflow logs: a run summary (`workflow_run`) and who started it. */
export type DifyWorkflowLogEntry = components["schemas"]["WorkflowLogEntry"];

/** A streaming run, handed over as soon as Dify said `workflow_started`. */
export interface DifyRunStream {
  /** The run's id (`GET /workflows/run/{id}`, `streamRunEvents`). */
  runId: string;
  /** The task's id: `stopRun` takes it, while the run executes. */
  taskId: string;
  /** The `workflow_started` event itself. */
  started: DifyStreamEvent;
  /**
   * The run's other events, in order, up to `workflow_finished`, `workflow_paused` or `error` (`ping` left out).
   * Breaking out of the loop, or aborting the call's signal, ends it and closes the connection; a connection
   * that drops first throws a `ConnectionError`: resume with `streamRunEvents(runId, { user })`.
   */
  events: AsyncIterableIterator<DifyStreamEvent>;
}

export interface DifyStreamEventsOptions extends RequestOptions {
  /** The end user that started the run (Dify requires it to match). */
  user: string;
  /** Replay the status of the nodes already run before the new events. */
  includeStateSnapshot?: boolean;
  /** Keep the stream open across several `workflow_paused` events. */
  continueOnPause?: boolean;
}

export interface DifyListRunsOptions extends ListOptions, RequestOptions {
  status?: "succeeded" | "failed" | "stopped";
  keyword?: string;
  createdAfter?: Date | string;
  createdBefore?: Date | string;
  /** Only the runs of this end user (the `user` they were started with). */
  user?: string;
  /** Only the runs started by the account with this email. */
  account?: string;
}

/** Dify's run operations: start (blocking or streaming), stop (streaming runs, by task id), list, resume events. */
export interface DifyRunOperations {
  /**
   * Runs the workflow (`POST /workflows/run`). Blocking (the default) resolves with the finished run; with
   * `responseMode: "streaming"` it resolves as soon as `workflow_started` arrives, with the rest of the events to
   * iterate. Dify takes no idempotency key, so the request is never resent.
   */
  startRun(
    input: DifyRunInput & { responseMode?: "blocking" },
    options?: RequestOptions,
  ): Promise<DifyBlockingRun>;
  startRun(
    input: DifyRunInput & { responseMode: "streaming" },
    options?: RequestOptions,
  ): Promise<DifyRunStream>;
  /** Stops a streaming run by its task id (`POST /workflows/tasks/{task_id}/stop`); Dify answers `{result}`. */
  stopRun(taskId: string, input: { user: string }, options?: RequestOptions): Promise<{ result?: string }>;
  /** Every run in the app's workflow logs (`GET /workflows/logs`), newest first, a page per request. */
  listRuns(options?: DifyListRunsOptions): RunList<DifyWorkflowLogEntry>;
  /** Opens a run's event stream again (`GET /workflow/{workflow_run_id}/events`), after a drop or a pause. */
  streamRunEvents(
    runId: string,
    options: DifyStreamEventsOptions,
  ): Promise<AsyncIterableIterator<DifyStreamEvent>>;
}

/** Dify's logs: 20 a page by default, at most 100 ("List Workflow Logs"). */
const PAGE = { defaultSize: 20, maxSize: 100 } as const;

/** `timeoutMs` is the client's own (its default for the wait for a stream's first event). */
export function difyRunOperations(api: ApiClient<paths>, timeoutMs?: number): DifyRunOperations {
  async function openStream(input: DifyRunInput, call: RequestOptions | undefined): Promise<DifyRunStream> {
    const body = {
      inputs: input.inputs,
      user: input.user,
      files: input.files,
      response_mode: "streaming" as const,
    };
    const response =
      input.workflowId === undefined
        ? await api.stream("post", "/workflows/run", { body }, call)
        : await api.stream(
            "post",
            "/workflows/{workflow_id}/run",
            { params: { path: { workflow_id: input.workflowId } }, body },
            call,
          );
    const events = difyEvents(response, call?.signal);
    const first = await firstEvent(events, response, call?.timeoutMs ?? timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (first.event === "error") throw streamError(first);
    const runId = first.workflow_run_id ?? (typeof first.data?.id === "string" ? first.data.id : undefined);
    if (first.event !== "workflow_started" || runId === undefined || typeof first.task_id !== "string") {
      await events.return();
      throw streamError({
        ...first,
        status: 502,
        message: `the stream began with ${first.event}, not workflow_started`,
      });
    }
    return { runId, taskId: first.task_id, started: first, events };
  }

  async function startRun(
    input: DifyRunInput & { responseMode?: "blocking" | "streaming" },
    call?: RequestOptions,
  ): Promise<DifyBlockingRun | DifyRunStream> {
    checkRunInput(input);
    if (input.responseMode === "streaming") return openStream(input, call);
    const body = {
      inputs: input.inputs,
      user: input.user,
      files: input.files,
      response_mode: "blocking" as const,
    };
    return input.workflowId === undefined
      ? api.request("post", "/workflows/run", { body }, call)
      : api.request(
          "post",
          "/workflows/{workflow_id}/run",
          { params: { path: { workflow_id: input.workflowId } }, body },
          call,
        );
  }

  return {
    startRun: startRun as DifyRunOperations["startRun"],
    async stopRun(taskId, input, call) {
      assertPathSegment("taskId", taskId);
      checkUser(input?.user, "stopRun");
      return api.request(
        "post",
        "/workflows/tasks/{task_id}/stop",
        { params: { path: { task_id: taskId } }, body: { user: input.user } },
        call,
      );
    },
    listRuns(options = {}) {
      const { limit, pageSize } = checkListOptions("listRuns", options, PAGE);
      const query = {
        status: options.status,
        keyword: options.keyword,
        created_at__after: isoTime(options.createdAfter, "createdAfter"),
        created_at__before: isoTime(options.createdBefore, "createdBefore"),
        created_by_end_user_session_id: options.user,
        created_by_account: options.account,
      };
      return paginate(
        1,
        async (page) => {
          const logs = await api.request(
            "get",
            "/workflows/logs",
            { params: { query: { ...query, page, limit: pageSize } } },
            options,
          );
          const items = Array.isArray(logs.data) ? logs.data : [];
          return { items, next: logs.has_more === true ? page + 1 : undefined };
        },
        limit,
      );
    },
    async streamRunEvents(runId, options) {
      assertPathSegment("runId", runId);
      checkUser(options?.user, "streamRunEvents");
      const query = {
        user: options.user,
        include_state_snapshot: options.includeStateSnapshot,
        continue_on_pause: options.continueOnPause,
      };
      const response = await api.stream(
        "get",
        "/workflow/{workflow_run_id}/events",
        { params: { path: { workflow_run_id: runId }, query } },
        options,
      );
      return difyEvents(response, options.signal);
    },
  };
}

/**
 * The stream's first event, within the call's timeout: the transport's timer stops at the response headers,
 * and a server that sends headers and then nothing must not hold `startRun` forever.
 */
async function firstEvent(
  events: AsyncGenerator<DifyStreamEvent, void, undefined>,
  response: StreamResponse,
  timeoutMs: number,
): Promise<DifyStreamEvent> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new TimeoutError(`dify sent no event within ${timeoutMs} ms`, timeoutMs, { provider: "dify" }),
        ),
      timeoutMs,
    );
  });
  try {
    const next = await Promise.race([events.next(), late]);
    if (next.done)
      throw streamError({
        event: "error",
        status: 502,
        message: `an empty event stream (HTTP ${response.status})`,
      });
    return next.value;
  } catch (error) {
    await response.body.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function checkRunInput(input: unknown): asserts input is DifyRunInput {
  if (!isObject(input) || !isObject(input.inputs)) {
    throw new InvalidArgumentError(
      "startRun: `input.inputs` must be an object of the workflow's inputs",
      "inputs",
    );
  }
  checkUser(input.user, "startRun");
  if (input.workflowId !== undefined) assertPathSegment("workflowId", input.workflowId);
  const mode = input.responseMode;
  if (mode !== undefined && mode !== "blocking" && mode !== "streaming") {
    throw new InvalidArgumentError(
      'startRun: `responseMode` must be "blocking" or "streaming"',
      "responseMode",
    );
  }
}

function checkUser(user: unknown, where: string): void {
  if (typeof user !== "string" || user.trim() === "") {
    throw new InvalidArgumentError(
      `${where}: \`user\` (your id for the end user) must be a non-blank string`,
      "user",
    );
  }
}

function isoTime(value: Date | string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError(`listRuns: \`${name}\` is not a date`, name);
  return date.toISOString();
}
