import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, send } from "./http.js";
import { stageOf, type RunStore } from "./store.js";
import {
  INVALID_BODY,
  type EventStreamReply,
  type LifecycleRoute,
  type Reply,
  type RunRef,
  type VendorProfile,
} from "./vendors/profile.js";

/** Answers a start, list, stop or event-stream request; `log` records the status answered. */
export async function answerLifecycle(
  profile: VendorProfile,
  route: LifecycleRoute,
  req: IncomingMessage,
  res: ServerResponse,
  store: RunStore,
  log: (status: number) => void,
  eventGapMs: number,
): Promise<void> {
  const lifecycle = profile.lifecycle!;
  const method = req.method ?? "GET";
  const text = method === "GET" || method === "HEAD" ? "" : await readBody(req);
  let body: unknown = undefined;
  if (text === undefined) body = INVALID_BODY;
  else if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = INVALID_BODY;
    }
  }
  const query = new URL(req.url ?? "/", "http://mock.invalid").searchParams;
  const reply = lifecycle.answer(route, {
    store,
    headers: req.headers,
    query,
    body,
    stageOf: (run) => stageOf(run, profile.progress),
  });
  log(reply.status);
  const common = profile.commonHeaders?.(req.headers);
  if ("events" in reply) return streamEvents(res, reply, eventGapMs, common);
  send(res, reply, common);
}

/** A GET of a run a start created: moves it one stage on and answers its body; undefined for other ids. */
export function startedRunReply(profile: VendorProfile, ref: RunRef, store: RunStore): Reply | undefined {
  const run = profile.lifecycle && store.find(profile.provider, ref.runId);
  if (!run || (ref.workflowId !== undefined && ref.workflowId !== run.workflowId)) return undefined;
  run.views++;
  return { status: 200, body: profile.lifecycle!.runBody(run, stageOf(run, profile.progress)) };
}

async function streamEvents(
  res: ServerResponse,
  reply: EventStreamReply,
  eventGapMs: number,
  common: Record<string, string> = {},
): Promise<void> {
  res.writeHead(reply.status, {
    ...common,
    ...reply.headers,
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
  });
  res.flushHeaders();
  const { events } = reply;
  try {
    for (let first = true; ; first = false) {
      if (!first) await new Promise((resolve) => setTimeout(resolve, eventGapMs));
      if (res.destroyed) return;
      const next = events.next();
      if (next.done) break;
      const { event, data } = next.value;
      res.write(`${event === undefined ? "" : `event: ${event}\n`}data: ${data}\n\n`);
    }
    res.end();
  } finally {
    events.return?.();
  }
}
