import { randomUUID } from "node:crypto";
import { SPEC_EXAMPLES } from "../generated/examples.js";
import type { LiveStage, RunStore, StoredRun } from "../store.js";
import { queryNumber } from "./copyai-runs.js";
import { INVALID_BODY, matchPath, type EventStreamReply, type Lifecycle, type Reply } from "./profile.js";

const DETAIL = SPEC_EXAMPLES.dify["GET /workflows/run/{workflow_run_id}"]["200"].succeeded;
const LOG_ENTRY = SPEC_EXAMPLES.dify["GET /workflows/logs"]["200"].logs_page.data[0];
const STATUS: Readonly<Record<LiveStage, string>> = {
  queued: "running",
  running: "running",
  succeeded: "succeeded",
  failed: "failed",
  stopped: "stopped",
};
/** The nodes a mock run goes through, one `node_started`/`node_finished` pair each. */
const NODES = [
  { node_id: "start", node_type: "start", title: "Start" },
  { node_id: "llm", node_type: "llm", title: "LLM" },
  { node_id: "end", node_type: "end", title: "End" },
] as const;
const FAILURE = "Node LLM run failed: [openai] Error: the model provider's quota was exceeded.";

const difyError = (status: number, code: string, message: string): Reply => ({
  status,
  body: { code, message, status },
});
const unix = (date: Date) => Math.floor(date.getTime() / 1000);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
/** The `user` a run was started by, kept in its metadata. */
const userOf = (run: StoredRun) => (typeof run.metadata?.user === "string" ? run.metadata.user : "");
const ended = (stage: LiveStage) => stage === "succeeded" || stage === "failed" || stage === "stopped";

/** The run as `workflow_finished` and the blocking answer carry it (also the detail endpoint's shape). */
function finishedData(run: StoredRun, stage: LiveStage) {
  const done = ended(stage);
  return {
    id: run.id,
    workflow_id: run.workflowId,
    status: STATUS[stage],
    outputs: stage === "succeeded" ? DETAIL.outputs : done ? {} : null,
    error: stage === "failed" ? FAILURE : null,
    elapsed_time: done ? DETAIL.elapsed_time : null,
    total_tokens: stage === "succeeded" ? DETAIL.total_tokens : 0,
    total_steps: done ? NODES.length : 1,
    created_at: unix(run.createdAt),
    finished_at: done ? unix(run.createdAt) + 1 : null,
  };
}

/**
 * A streaming run's events, read one per pause: `workflow_started`, a start and finish per node, then
 * `workflow_finished`. Each step looks at the run first, so a stop ends the stream with `stopped`. While the
 * stream runs, it pins the run at `running`; a client that goes away unpins it (the run then moves on with GETs,
 * as the built-in runs do) and can pick the stream up again from the events endpoint.
 */
function* runEvents(
  run: StoredRun,
  from: "start" | "resume",
  stageOf: (run: StoredRun) => LiveStage,
): Generator<{ data: string }, void, undefined> {
  const event = (name: string, data: object) => ({
    data: JSON.stringify({ event: name, task_id: run.taskId, workflow_run_id: run.id, data }),
  });
  const finished = () => {
    const stage: LiveStage = run.stoppedAt !== null ? "stopped" : run.outcome;
    run.pinned = stage;
    return event("workflow_finished", finishedData(run, stage));
  };
  if (ended(stageOf(run))) {
    const stage = stageOf(run);
    yield event("workflow_finished", finishedData(run, stage));
    return;
  }
  run.pinned = "running";
  try {
    if (from === "start") {
      yield event("workflow_started", {
        id: run.id,
        workflow_id: run.workflowId,
        inputs: run.inputs,
        created_at: unix(run.createdAt),
      });
    }
    for (const [index, node] of NODES.entries()) {
      if (run.stoppedAt !== null) break;
      yield event("node_started", { id: `${run.id}-${index}`, ...node, index: index + 1 });
      if (run.stoppedAt !== null) break;
      const failed = run.outcome === "failed" && node.node_type === "llm";
      yield event("node_finished", {
        id: `${run.id}-${index}`,
        ...node,
        status: failed ? "failed" : "succeeded",
      });
      if (failed) break;
    }
    yield finished();
  } finally {
    if (run.pinned === "running") run.pinned = null;
  }
}

function stream(events: Iterator<{ data: string }, void, undefined>): EventStreamReply {
  return { status: 200, events };
}

function start(
  workflowId: string,
  body: unknown,
  store: RunStore,
  stageOf: (run: StoredRun) => LiveStage,
): Reply | EventStreamReply {
  if (body === INVALID_BODY || !isObject(body))
    return difyError(400, "invalid_param", "The body must be a JSON object");
  if (!isObject(body.inputs)) return difyError(400, "invalid_param", "inputs is required in request body");
  if (typeof body.user !== "string" || body.user.trim() === "") {
    return difyError(400, "invalid_param", "Arg user must be provided.");
  }
  const mode = body.response_mode ?? "blocking";
  if (mode !== "blocking" && mode !== "streaming") {
    return difyError(400, "invalid_param", "response_mode must be blocking or streaming");
  }
  const { run } = store.start(
    "dify",
    { workflowId, inputs: body.inputs, metadata: { user: body.user } },
    () => randomUUID(),
  );
  if (mode === "streaming") return stream(runEvents(run, "start", stageOf));
  // A blocking run answers when it has ended.
  run.pinned = run.outcome;
  return {
    status: 200,
    body: { task_id: run.taskId, workflow_run_id: run.id, data: finishedData(run, run.outcome) },
  };
}

/**
 * Dify: run (blocking or streaming, by version too), stop a streaming run by its task id, the workflow logs
 * (pages, `has_more`, status/user/keyword filters) and a run's event stream again.
 */
export const difyLifecycle: Lifecycle = {
  route(segments, method) {
    if (method === "POST") {
      if (matchPath(segments, ["workflows", "run"])) return { op: "run", params: [DETAIL.workflow_id] };
      const byVersion = matchPath(segments, ["workflows", "*", "run"]);
      if (byVersion) return { op: "run", params: byVersion };
      const stop = matchPath(segments, ["workflows", "tasks", "*", "stop"]);
      return stop && { op: "stop", params: stop };
    }
    if (method !== "GET") return undefined;
    if (matchPath(segments, ["workflows", "logs"])) return { op: "logs", params: [] };
    const events = matchPath(segments, ["workflow", "*", "events"]);
    return events && { op: "events", params: events };
  },
  answer({ op, params: [id = ""] }, { store, body, query, stageOf }) {
    switch (op) {
      case "run":
        return start(id, body, store, stageOf);
      case "stop": {
        if (!isObject(body) || typeof body.user !== "string" || body.user.trim() === "") {
          return difyError(400, "invalid_param", "Arg user must be provided.");
        }
        const run = store.findByTask("dify", id);
        // Dify acknowledges any task id; only a running one has anything to stop.
        if (run && !ended(stageOf(run))) run.stoppedAt = "running";
        return { status: 200, body: { result: "success" } };
      }
      case "events": {
        const run = store.find("dify", id);
        if (!run || userOf(run) !== query.get("user")) {
          return difyError(404, "not_found", "Workflow run not found.");
        }
        return stream(runEvents(run, "resume", stageOf));
      }
      default:
        return logs(store, query, stageOf);
    }
  },
  runBody: (run, stage) => ({ ...DETAIL, ...finishedData(run, stage), inputs: run.inputs }),
};

function logs(store: RunStore, query: URLSearchParams, stageOf: (run: StoredRun) => LiveStage): Reply {
  const page = queryNumber(query.get("page"), 1, 1, 99_999);
  const limit = queryNumber(query.get("limit"), 20, 1, 100);
  if (page === undefined || limit === undefined)
    return difyError(400, "invalid_param", "page or limit out of range");
  const status = query.get("status");
  const user = query.get("created_by_end_user_session_id");
  const keyword = query.get("keyword");
  const runs = store.list("dify").filter((run) => {
    const stage = stageOf(run);
    return (
      (status === null || STATUS[stage] === status) &&
      (user === null || userOf(run) === user) &&
      (keyword === null || JSON.stringify(run.inputs).includes(keyword))
    );
  });
  const data = runs.slice((page - 1) * limit, page * limit).map((run) => {
    const {
      id,
      status: runStatus,
      error,
      elapsed_time,
      total_tokens,
      total_steps,
      created_at,
      finished_at,
    } = finishedData(run, stageOf(run));
    return {
      ...LOG_ENTRY,
      id: `log-${run.id}`,
      workflow_run: {
        ...LOG_ENTRY.workflow_run,
        ...{ id, status: runStatus, error, elapsed_time, total_tokens, total_steps, created_at, finished_at },
      },
      created_by_end_user: { ...LOG_ENTRY.created_by_end_user, session_id: userOf(run) },
      created_at,
    };
  });
  return {
    status: 200,
    body: { page, limit, total: runs.length, has_more: page * limit < runs.length, data },
  };
}
