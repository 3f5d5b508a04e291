import { InvalidArgumentError, InvalidResponseError, TimeoutError, UserAbortError } from "@wfrun/core";
import { json, specExample, stall, startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createCopyAiClient, type CopyAiClient, type CopyAiWorkflowRun } from "./index.js";

const API_KEY = "cai_live_OperationsKeyThatMustNeverBePrinted";
const WORKFLOW_ID = "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa";

const started = specExample("copyai", "200", "started") as { data: { id: string } };
const runsPage = specExample("copyai", "200", "runsPage") as { data: { data: CopyAiWorkflowRun[] } };
const runsPageTotalString = specExample("copyai", "200", "runsPageTotalString");

/** A run for page `page` of `size`, numbered across pages so order and gaps show. */
const runAt = (index: number) => ({ ...runsPage.data.data[0], id: `WRUN-${index}` });

describe("Copy.ai run operations", () => {
  let server: TestServer;
  let client: CopyAiClient;
  beforeAll(async () => {
    server = await startServer();
  });
  beforeEach(() => {
    client = createCopyAiClient({ apiKey: API_KEY, baseUrl: server.url });
  });
  afterAll(() => server.close());

  /** Serves `total` runs in pages, honouring `page` and `size` like Copy.ai. */
  const servePages = (total: number, totalAs: "number" | "string" | "missing" = "number") =>
    server.handle((request, res) => {
      const url = new URL(request.path, server.url);
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("size"));
      const from = (page - 1) * size;
      const data = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) =>
        runAt(from + i + 1),
      );
      const count = totalAs === "number" ? total : totalAs === "string" ? String(total) : undefined;
      json(res, 200, { status: "success", data: { total: count, data } });
    });

  it("starts a run with its start variables and metadata, and returns the new id", async () => {
    server.handle((_, res) => json(res, 200, started));
    const input = { startVariables: { "Input 1": "a blog post" }, metadata: { api: true } };
    await expect(client.startRun(WORKFLOW_ID, input)).resolves.toEqual({ id: started.data.id });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe(`/api/workflow/${WORKFLOW_ID}/run`);
    expect(request?.headers["x-copy-ai-api-key"]).toBe(API_KEY);
    expect(JSON.parse(request?.body ?? "")).toEqual(input);
  });

  it("never resends a start: Copy.ai has no idempotency key, a resend could start a second run", async () => {
    server.handle((_, res) => json(res, 503, { status: "error", errorCode: "UNAVAILABLE" }));
    await expect(client.startRun(WORKFLOW_ID, { startVariables: {} })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);

    server.handle((_, res) => stall(res));
    const slow = createCopyAiClient({ apiKey: API_KEY, baseUrl: server.url, timeoutMs: 50 });
    await expect(slow.startRun(WORKFLOW_ID, { startVariables: {} })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a start without start variables before any request", async () => {
    server.handle((_, res) => json(res, 200, started));
    for (const input of [undefined, {}, { startVariables: "x" }, { startVariables: {}, metadata: [] }]) {
      await expect(
        client.startRun(WORKFLOW_ID, input as unknown as { startVariables: Record<string, unknown> }),
      ).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    await expect(client.startRun("..", { startVariables: {} })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a start answer without an id", async () => {
    server.handle((_, res) => json(res, 200, { status: "success", data: {} }));
    await expect(client.startRun(WORKFLOW_ID, { startVariables: {} })).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });

  it("lists every run across pages, one request per page, in order", async () => {
    servePages(25);
    const ids: string[] = [];
    for await (const run of client.listRuns(WORKFLOW_ID, { pageSize: 10 })) ids.push(run.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `WRUN-${i + 1}`));
    expect(server.requests.map((r) => new URL(r.path, server.url).search)).toEqual([
      "?page=1&size=10",
      "?page=2&size=10",
      "?page=3&size=10",
    ]);
  });

  it("fetches no page before the loop needs it, and none after a break", async () => {
    servePages(25);
    const runs = client.listRuns(WORKFLOW_ID, { pageSize: 10 });
    expect(server.requests).toHaveLength(0);
    let seen = 0;
    for await (const _run of runs) {
      if (++seen === 10) break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("stops at `limit` and asks for no more than it needs", async () => {
    servePages(25);
    const ids: string[] = [];
    for await (const run of client.listRuns(WORKFLOW_ID, { limit: 3 })) ids.push(run.id);
    expect(ids).toEqual(["WRUN-1", "WRUN-2", "WRUN-3"]);
    expect(server.requests.map((r) => new URL(r.path, server.url).search)).toEqual(["?page=1&size=3"]);
  });

  it("reads `total` as a number, as a string, or ends on a short page without it", async () => {
    for (const totalAs of ["number", "string", "missing"] as const) {
      servePages(20, totalAs);
      let count = 0;
      for await (const _run of client.listRuns(WORKFLOW_ID, { pageSize: 10 })) count++;
      expect(count, totalAs).toBe(20);
      // With `total`, the second page is known to be the last; without it, an empty third page says so.
      expect(server.requests, totalAs).toHaveLength(totalAs === "missing" ? 3 : 2);
    }
  });

  it("yields the runs of the documented list examples", async () => {
    for (const example of [runsPage, runsPageTotalString]) {
      // Page 1 is the example; later pages are empty (the abridged example's `total` promises more).
      server.handle((request, res) =>
        request.path.includes("page=1&")
          ? json(res, 200, example)
          : json(res, 200, { status: "success", data: { total: 3, data: [] } }),
      );
      const runs: CopyAiWorkflowRun[] = [];
      for await (const run of client.listRuns(WORKFLOW_ID)) runs.push(run);
      expect(runs).toEqual((example as typeof runsPage).data.data);
    }
  });

  it("refuses a bad limit or page size at the call, before any request", () => {
    servePages(5);
    for (const options of [{ limit: 0 }, { limit: 1.5 }, { pageSize: 101 }, { pageSize: 0 }]) {
      expect(() => client.listRuns(WORKFLOW_ID, options)).toThrow(InvalidArgumentError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("ends a list on abort with a UserAbortError", async () => {
    server.handle((_, res) => stall(res));
    const controller = new AbortController();
    const next = client.listRuns(WORKFLOW_ID, { signal: controller.signal }).next();
    controller.abort();
    await expect(next).rejects.toBeInstanceOf(UserAbortError);
  });

  it("has no stopRun: Copy.ai cannot stop a run", () => {
    expectTypeOf<CopyAiClient>().not.toHaveProperty("stopRun");
    expect("stopRun" in client).toBe(false);
  });
});
