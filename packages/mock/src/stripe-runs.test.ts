import { createStripeClient, type StripeClient } from "@wfrun/stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { OUTCOME_INPUT } from "./store.js";

const WORKFLOW = "wf_test_mock";

describe("mock: Stripe invoke and lists", () => {
  let mock: MockServer;
  let client: StripeClient;
  beforeAll(async () => {
    mock = await startMockServer();
    client = createStripeClient({ apiKey: "sk_test_any", baseUrl: mock.baseUrls.stripe });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());

  it("invokes a run that moves started → succeeded, one stage per GET", async () => {
    const run = await client.startRun(WORKFLOW, { customer: "cus_1" });
    expect(run).toMatchObject({ status: "started", workflow: WORKFLOW, trigger: { type: "manual" } });
    expect(run.trigger.manual?.input_parameters).toEqual({ customer: "cus_1" });
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push((await client.getWorkflowRun(run.id)).status);
    expect(seen).toEqual(["started", "started", "succeeded", "succeeded"]);
    const done = await client.getWorkflowRun(run.id);
    expect(done.status_transitions.succeeded_at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("answers the same run to the same idempotency key, and a new one to another", async () => {
    const first = await client.startRun(WORKFLOW, {}, { idempotencyKey: "key-1" });
    const again = await client.startRun(WORKFLOW, {}, { idempotencyKey: "key-1" });
    const other = await client.startRun(WORKFLOW, {}, { idempotencyKey: "key-2" });
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    let count = 0;
    for await (const _run of client.listRuns()) count++;
    expect(count).toBe(2);
  });

  it("lists runs newest first in real pages, filtered by status and workflow", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await client.startRun(WORKFLOW, {})).id);
    const failing = await client.startRun("wf_test_other", { [OUTCOME_INPUT]: "failed" });
    for (let i = 0; i < 3; i++) await client.getWorkflowRun(failing.id);

    const all: string[] = [];
    for await (const run of client.listRuns({ pageSize: 2 })) all.push(run.id);
    expect(all).toEqual([failing.id, ...[...ids].reverse()]);
    expect(mock.requests.filter((r) => r.path === "/stripe/v2/extend/workflow_runs")).toHaveLength(3);

    const failed: string[] = [];
    for await (const run of client.listRuns({ status: ["failed"] })) failed.push(run.id);
    expect(failed).toEqual([failing.id]);
    const ofWorkflow: string[] = [];
    for await (const run of client.listRuns({ workflow: [WORKFLOW], pageSize: 4 })) ofWorkflow.push(run.id);
    expect(ofWorkflow).toEqual([...ids].reverse());
  });

  it("lists and retrieves workflows", async () => {
    await client.startRun(WORKFLOW, {});
    const listed = [];
    for await (const workflow of client.listWorkflows({ pageSize: 1 })) listed.push(workflow.id);
    expect(listed).toContain(WORKFLOW);
    expect(listed).toHaveLength(2);
    await expect(client.getWorkflow(WORKFLOW)).resolves.toMatchObject({ id: WORKFLOW, status: "active" });
  });

  it("refuses an invocation without input_parameters as Stripe does", async () => {
    const response = await fetch(`${mock.baseUrls.stripe}/v2/extend/workflows/${WORKFLOW}/invoke`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_any", "stripe-version": "2026-04-22.preview" },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: "invalid_request_error" } });
    await expect(client.startRun(WORKFLOW, "x" as never)).rejects.toThrow();
    await expect(client.listRuns({ pageSize: 100 }).next()).resolves.toMatchObject({ done: true });
  });
});
