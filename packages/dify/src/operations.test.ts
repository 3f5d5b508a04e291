import type { ServerResponse } from "node:http";
import {
  BadRequestError,
  ConnectionError,
  InvalidArgumentError,
  TimeoutError,
  type ApiError,
} from "@wfrun/core";
import { json, specExample, startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createDifyClient, type DifyClient, type DifyRunStream, type DifyStreamEvent } from "./index.js";

const API_KEY = "app-OperationsKeyThatMustNeverBePrinted";
const USER = "user_workflow_123";
const blocking = specExample("dify", "200", "run_blocking") as { workflow_run_id: string };
const logsPage = specExample("dify", "200", "logs_page") as { data: { workflow_run: { id: string } }[] };
/** The spec's streaming example, one string per event as framed on the wire (`data: …\n\n`). */
const STREAM_EVENTS = (specExample("dify", "200", "run_streaming") as string)
  .split("\n\n")
  .filter((frame) => frame.trim() !== "")
  .map((frame) => `${frame}\n\n`);
/** A text chunk with multi-byte characters, so that byte-level splits land inside them. */
const UNICODE_CHUNK = `data: ${JSON.stringify({ event: "text_chunk", workflow_run_id: "r", data: { text: "Grüße, 世界 🚀" } })}\n\n`;

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Writes `text` in pieces of 1 to 7 bytes, each its own write, so frames and characters split anywhere. */
async function writeInOddPieces(res: ServerResponse, text: string): Promise<void> {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0, size = 1; at < bytes.length; at += size, size = (size % 7) + 1) {
    res.write(bytes.subarray(at, at + size));
    await tick();
  }
}

const sseHead = (res: ServerResponse) =>
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });

async function collect(events: AsyncIterable<DifyStreamEvent>): Promise<string[]> {
  const names: string[] = [];
  for await (const event of events) names.push(event.event);
  return names;
}

describe("Dify run operations", () => {
  let server: TestServer;
  let client: DifyClient;
  beforeAll(async () => {
    server = await startServer();
  });
  beforeEach(() => {
    client = createDifyClient({ apiKey: API_KEY, baseUrl: server.url });
  });
  afterAll(() => server.close());

  it("runs blocking with inputs and user, and never resends the start", async () => {
    server.handle((_, res) => json(res, 200, blocking));
    await expect(client.startRun({ inputs: { query: "hi" }, user: USER })).resolves.toEqual(blocking);
    expect(server.requests[0]).toMatchObject({ method: "POST", path: "/workflows/run" });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      inputs: { query: "hi" },
      user: USER,
      response_mode: "blocking",
    });
    server.handle((_, res) => json(res, 503, { code: "unavailable", message: "busy", status: 503 }));
    await expect(client.startRun({ inputs: {}, user: USER })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("runs a given workflow version on its own path", async () => {
    server.handle((_, res) => json(res, 200, blocking));
    await client.startRun({ inputs: {}, user: USER, workflowId: "7c3e33d4" });
    expect(server.requests[0]?.path).toBe("/workflows/7c3e33d4/run");
  });

  it("returns a streaming run at workflow_started, before the rest is sent", async () => {
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    server.handle(async (_, res) => {
      sseHead(res);
      await writeInOddPieces(res, STREAM_EVENTS[0]!);
      await rest;
      await writeInOddPieces(res, [UNICODE_CHUNK, ...STREAM_EVENTS.slice(1)].join(""));
      res.end();
    });
    const run: DifyRunStream = await client.startRun({ inputs: {}, user: USER, responseMode: "streaming" });
    expect(run.runId).toBe("fb47b2e6-5e43-4f90-be01-d5c5a088d156");
    expect(run.taskId).toBe("c3800678-a077-43df-a102-53f23ed20b88");
    expect(run.started.event).toBe("workflow_started");
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ response_mode: "streaming" });
    sendRest();
    const events: DifyStreamEvent[] = [];
    for await (const event of run.events) events.push(event);
    expect(events.map((event) => event.event)).toEqual([
      "text_chunk",
      "node_started",
      "reasoning_chunk",
      "reasoning_chunk",
      "text_chunk",
      "workflow_finished",
    ]);
    expect(events[0]?.data).toEqual({ text: "Grüße, 世界 🚀" });
    expect(events.at(-1)?.data).toMatchObject({
      status: "succeeded",
      outputs: { result: "Bonjour le monde" },
    });
  });

  it("skips pings and ends cleanly, closing the connection, when the caller aborts mid-stream", async () => {
    let closed!: () => void;
    const socketClosed = new Promise<void>((resolve) => (closed = resolve));
    server.handle(async (_, res) => {
      res.on("close", () => closed());
      sseHead(res);
      res.write(`${STREAM_EVENTS[0]}event: ping\n\n${STREAM_EVENTS[1]}`);
      // …and then nothing more: the run is long.
    });
    const controller = new AbortController();
    const run = await client.startRun(
      { inputs: {}, user: USER, responseMode: "streaming" },
      { signal: controller.signal },
    );
    const seen: string[] = [];
    for await (const event of run.events) {
      seen.push(event.event);
      controller.abort();
    }
    expect(seen).toEqual(["node_started"]);
    await socketClosed;
  });

  it("throws a ConnectionError when the stream drops, and resumes through the events endpoint", async () => {
    server.handle(async (request, res) => {
      sseHead(res);
      if (request.path.startsWith("/workflow/")) res.end(STREAM_EVENTS.at(-1));
      else res.end(STREAM_EVENTS.slice(0, 2).join(""));
    });
    const run = await client.startRun({ inputs: {}, user: USER, responseMode: "streaming" });
    const seen: string[] = [];
    const dropped = await (async () => {
      for await (const event of run.events) seen.push(event.event);
    })().catch((error: unknown) => error);
    expect(seen).toEqual(["node_started"]);
    expect(dropped).toBeInstanceOf(ConnectionError);
    const resumed = await client.streamRunEvents(run.runId, { user: USER, includeStateSnapshot: true });
    expect(await collect(resumed)).toEqual(["workflow_finished"]);
    expect(server.requests[1]?.path).toBe(
      `/workflow/${run.runId}/events?user=${USER}&include_state_snapshot=true`,
    );
  });

  it("breaking out of the loop closes the connection", async () => {
    let closed!: () => void;
    const socketClosed = new Promise<void>((resolve) => (closed = resolve));
    server.handle(async (_, res) => {
      res.on("close", () => closed());
      sseHead(res);
      res.write(STREAM_EVENTS.slice(0, 3).join(""));
    });
    const run = await client.startRun({ inputs: {}, user: USER, responseMode: "streaming" });
    for await (const _event of run.events) break;
    await socketClosed;
  });

  it("turns an error event before workflow_started into the error class of its status", async () => {
    const event = {
      event: "error",
      status: 400,
      code: "invalid_param",
      message: "Arg user must be provided.",
    };
    server.handle((_, res) => {
      sseHead(res);
      res.end(`data: ${JSON.stringify(event)}\n\n`);
    });
    const error = (await client
      .startRun({ inputs: {}, user: USER, responseMode: "streaming" })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBe("invalid_param");
    expect(error.message).toContain("Arg user must be provided.");
  });

  it("times out when the headers come but no event follows", async () => {
    server.handle((_, res) => {
      sseHead(res);
      res.flushHeaders();
    });
    await expect(
      client.startRun({ inputs: {}, user: USER, responseMode: "streaming" }, { timeoutMs: 100 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    // The client's own timeout is the default.
    const impatient = createDifyClient({ apiKey: API_KEY, baseUrl: server.url, timeoutMs: 100 });
    await expect(
      impatient.startRun({ inputs: {}, user: USER, responseMode: "streaming" }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it("stops a task with the user, once", async () => {
    server.handle((_, res) => json(res, 200, { result: "success" }));
    await expect(client.stopRun("task-1", { user: USER })).resolves.toEqual({ result: "success" });
    expect(server.requests[0]).toMatchObject({ method: "POST", path: "/workflows/tasks/task-1/stop" });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ user: USER });
  });

  it("lists the logs page by page while has_more, with the filters", async () => {
    server.handle((request, res) => {
      const page = Number(new URL(request.path, server.url).searchParams.get("page"));
      const entry = {
        ...logsPage.data[0],
        workflow_run: { ...logsPage.data[0]!.workflow_run, id: `run-${page}` },
      };
      json(res, 200, { page, limit: 1, total: 3, has_more: page < 3, data: [entry] });
    });
    const ids: string[] = [];
    const after = new Date("2026-01-01T00:00:00Z");
    for await (const entry of client.listRuns({
      pageSize: 1,
      status: "failed",
      createdAfter: after,
      user: USER,
    })) {
      ids.push(entry.workflow_run.id);
    }
    expect(ids).toEqual(["run-1", "run-2", "run-3"]);
    const query = new URL(server.requests[0]!.path, server.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      status: "failed",
      created_at__after: "2026-01-01T00:00:00.000Z",
      created_by_end_user_session_id: USER,
      page: "1",
      limit: "1",
    });
  });

  it("refuses bad arguments before any request", async () => {
    server.handle((_, res) => json(res, 200, blocking));
    await expect(client.startRun({ inputs: {}, user: " " })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(client.startRun({ inputs: [] as never, user: USER })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(client.stopRun("t", {} as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(() => client.listRuns({ createdAfter: "not a date" })).toThrow(InvalidArgumentError);
    expect(server.requests).toHaveLength(0);
  });

  it("types a streaming start apart from a blocking one", () => {
    // Checked by the type checker only: the calls are never made.
    const typesOnly = (typed: DifyClient) => {
      expectTypeOf(
        typed.startRun({ inputs: {}, user: USER, responseMode: "streaming" }),
      ).resolves.toEqualTypeOf<DifyRunStream>();
      expectTypeOf(typed.startRun({ inputs: {}, user: USER })).resolves.toHaveProperty("workflow_run_id");
    };
    expect(typeof typesOnly).toBe("function");
  });
});
