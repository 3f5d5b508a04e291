import { createCopyAiClient, UnprocessableEntityError, type CopyAiClient } from "@wfrun/copyai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { MAX_STORED_RUNS, OUTCOME_INPUT } from "./store.js";

const WORKFLOW = "WCFG-mock-workflow";

describe("mock: Copy.ai start and list", () => {
  let mock: MockServer;
  let client: CopyAiClient;
  beforeAll(async () => {
    mock = await startMockServer();
    client = createCopyAiClient({ apiKey: "any", baseUrl: mock.baseUrls.copyai });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());

  const statuses = async (runId: string, gets: number) => {
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < gets; i++) seen.push((await client.getWorkflowRun(WORKFLOW, runId)).status);
    return seen;
  };

  it("creates a run that moves NEW → PROCESSING → COMPLETE, one stage per GET", async () => {
    const { id } = await client.startRun(WORKFLOW, {
      startVariables: { topic: "mocks" },
      metadata: { api: true },
    });
    expect(id).toMatch(/^WRUN-/);
    expect(await statuses(id, 4)).toEqual(["NEW", "PROCESSING", "COMPLETE", "COMPLETE"]);
    const run = await client.getWorkflowRun(WORKFLOW, id);
    expect(run).toMatchObject({
      id,
      workflowId: WORKFLOW,
      input: { topic: "mocks" },
      metadata: { api: true },
    });
  });

  it("ends FAILED when the start asks for it", async () => {
    const { id } = await client.startRun(WORKFLOW, { startVariables: { [OUTCOME_INPUT]: "failed" } });
    expect(await statuses(id, 3)).toEqual(["NEW", "PROCESSING", "FAILED"]);
  });

  it("keeps a started run in its own workflow: another workflow's id is a 404", async () => {
    const { id } = await client.startRun(WORKFLOW, { startVariables: {} });
    await expect(client.getWorkflowRun("WCFG-other", id)).rejects.toMatchObject({ status: 404 });
  });

  it("lists a workflow's runs newest first, across real pages, with the status the last GET showed", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await client.startRun(WORKFLOW, { startVariables: { i } })).id);
    await client.startRun("WCFG-other", { startVariables: {} });
    await statuses(ids[6]!, 2);
    const listed = [];
    for await (const run of client.listRuns(WORKFLOW, { pageSize: 3 })) listed.push(run);
    expect(listed.map((run) => run.id)).toEqual([...ids].reverse());
    expect(listed[0]?.status).toBe("PROCESSING");
    expect(listed[1]?.status).toBe("NEW");
    const pages = mock.requests.filter((r) => r.method === "GET" && r.path.endsWith("/run"));
    expect(pages).toHaveLength(3);
  });

  it("refuses a start without startVariables with Copy.ai's 422", async () => {
    const response = await fetch(`${mock.baseUrls.copyai}/api/workflow/${WORKFLOW}/run`, {
      method: "POST",
      headers: { "x-copy-ai-api-key": "any", "content-type": "application/json" },
      body: JSON.stringify({ metadata: {} }),
    });
    expect(response.status).toBe(422);
    await expect(client.startRun(WORKFLOW, { startVariables: [] as never })).rejects.toBeInstanceOf(Error);
    const huge = { startVariables: { text: "x".repeat(70 * 1024) } };
    await expect(client.startRun(WORKFLOW, huge)).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it("keeps at most MAX_STORED_RUNS runs, forgetting the oldest", async () => {
    const first = await client.startRun(WORKFLOW, { startVariables: {} });
    for (let i = 0; i < MAX_STORED_RUNS; i++) await client.startRun(WORKFLOW, { startVariables: {} });
    await expect(client.getWorkflowRun(WORKFLOW, first.id)).rejects.toMatchObject({ status: 404 });
    let count = 0;
    for await (const _run of client.listRuns(WORKFLOW, { pageSize: 100 })) count++;
    expect(count).toBe(MAX_STORED_RUNS);
  });
});
