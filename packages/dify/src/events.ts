import { ApiError, ConnectionError, InvalidResponseError } from "@wfrun/core";
import type { StreamResponse } from "@wfrun/core/provider";
import type { EventSourceMessage } from "eventsource-parser/stream";

const PROVIDER = "dify";

/**
 * One server-sent event of a Dify workflow run, as Dify's JSON has it: `event` names it (`workflow_started`,
 * `node_started`, `node_finished`, `text_chunk`, `workflow_finished`, `workflow_paused`, `error` …), and most
 * carry `task_id`, `workflow_run_id` and a `data` object. `ping` keep-alives are not delivered.
 */
export interface DifyStreamEvent {
  event: string;
  task_id?: string;
  workflow_run_id?: string;
  data?: Record<string, unknown>;
  [field: string]: unknown;
}

/** The events that end a run's stream (Dify's page: it closes after one of them). */
const LAST_EVENTS = new Set(["workflow_finished", "workflow_paused", "error"]);

/**
 * The events of an SSE body, parsed by eventsource-parser, as an async iterator. It ends after the event that
 * ends the run's stream, or quietly when `signal` aborts (the connection is closed either way); a stream that
 * stops before one of those throws a `ConnectionError`, so the caller knows to resume it.
 */
export async function* difyEvents(
  response: StreamResponse,
  signal: AbortSignal | undefined,
): AsyncGenerator<DifyStreamEvent, void, undefined> {
  // Loaded on the first stream only: a client that never streams does not carry the parser.
  const { EventSourceParserStream } = await import("eventsource-parser/stream");
  const reader = response.body
    // TypeScript's DOM and Node typings of TextDecoderStream disagree on its chunk type; at run time it fits.
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<EventSourceMessage>;
      try {
        chunk = await reader.read();
      } catch {
        if (signal?.aborted) return;
        throw dropped();
      }
      if (chunk.done) {
        if (signal?.aborted) return;
        throw dropped();
      }
      const message = chunk.value;
      if (message.event === "ping" || message.data.trim() === "") continue;
      const event = parseEvent(message, response.status);
      if (event.event === "ping") continue;
      yield event;
      if (LAST_EVENTS.has(event.event)) return;
    }
  } finally {
    // Ends the connection when the loop stops early (break, throw, abort); a no-op once the body is done.
    await reader.cancel().catch(() => {});
  }
}

/** An `error` event as the error class of its status (Dify sends it with HTTP 200, once the stream began). */
export function streamError(event: DifyStreamEvent): ApiError {
  const status = typeof event.status === "number" && event.status >= 400 ? event.status : 500;
  return ApiError.fromResponse(
    {
      status,
      code: typeof event.code === "string" ? event.code : undefined,
      message: typeof event.message === "string" ? event.message : "the run's event stream reported an error",
      body: event,
    },
    { provider: PROVIDER },
  );
}

function parseEvent(message: EventSourceMessage, status: number): DifyStreamEvent {
  let value: unknown;
  try {
    value = JSON.parse(message.data);
  } catch (cause) {
    throw notAnEvent(status, "a `data:` line that is not JSON", cause);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw notAnEvent(status, "a `data:` line that is not a JSON object");
  }
  const event = value as Record<string, unknown>;
  // Dify names the event inside the JSON; an SSE `event:` field is the fallback.
  const name = typeof event.event === "string" ? event.event : message.event;
  if (name === undefined) throw notAnEvent(status, "an event without a name");
  return { ...event, event: name };
}

function notAnEvent(status: number, what: string, cause?: unknown): InvalidResponseError {
  return new InvalidResponseError(
    `${PROVIDER} sent ${what} in a run's event stream`,
    { status, contentType: "text/event-stream", bodySnippet: "" },
    { provider: PROVIDER, cause },
  );
}

/** The platform's error is left out on purpose: core's errors never carry one (it may hold request details). */
function dropped(): ConnectionError {
  return new ConnectionError(
    "The dify event stream ended before the run did; resume it with `streamRunEvents(runId, { user })`",
    { provider: PROVIDER },
  );
}
