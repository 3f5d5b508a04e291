import { createDifyClient, NotFoundError, type DifyClient, type DifyStreamEvent } from "@wfrun/dify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { OUTCOME_INPUT } from "./store.js";

const USER = "user-1";

async function names(events: AsyncIterable<DifyStreamEvent>): Promise<string[]> {
  const seen: string[] = [];
  for await (const event of events) seen.push(event.event);
  return seen;
}

describe("mock: Dify run, stream, stop, logs", () => {
  let mock: MockServer;
  let client: DifyClient;
  beforeAll(async () => {
    // Events 200 ms apart: the tests act mid-stream, and a busy machine must not see the run end first.
    mock = await startMockServer({ eventGapMs: 200 });
    client = createDifyClient({ apiKey: "app-any", baseUrl: mock.baseUrls.dify });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());

  it("answers a blocking run when it has ended, and the detail endpoint agrees", async () => {
    const run = await client.startRun({ inputs: { query: "hi" }, user: USER });
    expect(run.data).toMatchObject({
      id: run.workflow_run_id,
      status: "succeeded",
      outputs: expect.any(Object),
    });
    await expect(client.getWorkflowRun(run.workflow_run_id)).resolves.toMatchObject({
      status: "succeeded",
      inputs: { query: "hi" },
    });
    const failed = await client.startRun({ inputs: { [OUTCOME_INPUT]: "failed" }, user: USER });
    expect(failed.data).toMatchObject({ status: "failed", error: expect.stringContaining("failed") });
  });

  it("streams a run node by node to workflow_finished", async () => {
    const run = await client.startRun({
      inputs: {},
      user: USER,
      responseMode: "streaming",
      workflowId: "wf-v2",
    });
    expect(run.started.data).toMatchObject({ id: run.runId, workflow_id: "wf-v2" });
    await expect(client.getWorkflowRun(run.runId)).resolves.toMatchObject({ status: "running" });
    expect(await names(run.events)).toEqual([
      "node_started",
      "node_finished",
      "node_started",
      "node_finished",
      "node_started",
      "node_finished",
      "workflow_finished",
    ]);
    await expect(client.getWorkflowRun(run.runId)).resolves.toMatchObject({ status: "succeeded" });
  });

  it("stops a streaming run by its task id: the stream ends stopped, and so does the run", async () => {
    const run = await client.startRun({ inputs: {}, user: USER, responseMode: "streaming" });
    const seen: DifyStreamEvent[] = [];
    for await (const event of run.events) {
      seen.push(event);
      if (seen.length === 1)
        await expect(client.stopRun(run.taskId, { user: "someone-else" })).resolves.toEqual({
          result: "success",
        });
    }
    expect(seen.at(-1)).toMatchObject({ event: "workflow_finished", data: { status: "stopped" } });
    expect(seen.length).toBeLessThan(8);
    await expect(client.getWorkflowRun(run.runId)).resolves.toMatchObject({ status: "stopped" });
  });

  it("acknowledges a stop of a finished run and leaves it as it was", async () => {
    const run = await client.startRun({ inputs: {}, user: USER, responseMode: "streaming" });
    await names(run.events);
    await expect(client.stopRun(run.taskId, { user: USER })).resolves.toEqual({ result: "success" });
    await expect(client.getWorkflowRun(run.runId)).resolves.toMatchObject({ status: "succeeded" });
  });

  it("resumes a stream the client left, from the events endpoint, for the same user only", async () => {
    const controller = new AbortController();
    const run = await client.startRun(
      { inputs: {}, user: USER, responseMode: "streaming" },
      { signal: controller.signal },
    );
    for await (const _event of run.events) controller.abort();
    const resumed = await names(await client.streamRunEvents(run.runId, { user: USER }));
    expect(resumed.at(-1)).toBe("workflow_finished");
    expect(resumed.length).toBeGreaterThan(1);
    // A finished run's stream is its workflow_finished event alone.
    expect(await names(await client.streamRunEvents(run.runId, { user: USER }))).toEqual([
      "workflow_finished",
    ]);
    await expect(client.streamRunEvents(run.runId, { user: "other" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the logs newest first in real pages, filtered by status and user", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await client.startRun({ inputs: { i }, user: i < 3 ? USER : "u2" })).workflow_run_id);
    const failed = await client.startRun({ inputs: { [OUTCOME_INPUT]: "failed" }, user: "u2" });
    const all: string[] = [];
    for await (const entry of client.listRuns({ pageSize: 2 })) all.push(entry.workflow_run.id);
    expect(all).toEqual([failed.workflow_run_id, ...[...ids].reverse()]);
    expect(mock.requests.filter((r) => r.path === "/dify/v1/workflows/logs")).toHaveLength(3);
    const onlyFailed: string[] = [];
    for await (const entry of client.listRuns({ status: "failed" })) onlyFailed.push(entry.workflow_run.id);
    expect(onlyFailed).toEqual([failed.workflow_run_id]);
    let mine = 0;
    for await (const _entry of client.listRuns({ user: USER })) mine++;
    expect(mine).toBe(3);
  });
});
