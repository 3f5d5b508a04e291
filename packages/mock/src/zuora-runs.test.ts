import { createZuoraClient, NotFoundError, type ZuoraClient } from "@wfrun/zuora";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { OUTCOME_INPUT } from "./store.js";

describe("mock: Zuora run and stop", () => {
  let mock: MockServer;
  let client: ZuoraClient;
  beforeAll(async () => {
    mock = await startMockServer();
    client = createZuoraClient({ clientId: "id", clientSecret: "secret", baseUrl: mock.baseUrls.zuora });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());

  const statuses = async (runId: string, gets: number) => {
    const seen: string[] = [];
    for (let i = 0; i < gets; i++) seen.push((await client.getWorkflowRun(runId)).status);
    return seen;
  };

  it("runs a workflow whose run moves Queued → Processing → Finished, one stage per GET", async () => {
    const run = await client.startRun("19027", { Account: { AccountNumber: "A1" } });
    expect(run).toMatchObject({ status: "Queued", originalWorkflowId: "19027", type: "Workflow::Instance" });
    expect(typeof run.id).toBe("number");
    expect(await statuses(String(run.id), 4)).toEqual(["Queued", "Processing", "Finished", "Finished"]);
  });

  it("ends Finished with failed tasks when the start asks for failure (Zuora has no failure status)", async () => {
    const run = await client.startRun("19027", { [OUTCOME_INPUT]: "failed" });
    await statuses(String(run.id), 2);
    const done = await client.getWorkflowRun(String(run.id));
    expect(done.status).toBe("Finished");
    expect(done.tasks?.error).toBeGreaterThan(0);
  });

  it("answers the same run to the same idempotency key", async () => {
    const first = await client.startRun("19027", {}, { idempotencyKey: "nightly" });
    const again = await client.startRun("19027", {}, { idempotencyKey: "nightly" });
    const other = await client.startRun("19027", {});
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it("queues an async run with 202 and a request id", async () => {
    await expect(client.startRunAsync("19027")).resolves.toMatchObject({ requestId: expect.any(String) });
    expect(mock.requests.at(-1)).toMatchObject({
      method: "POST",
      path: "/zuora/workflows/19027/run",
      status: 202,
    });
  });

  it("stops a running run: Stopping in the answer, Stopped from then on, and it stays stopped", async () => {
    const run = await client.startRun("19027");
    await client.getWorkflowRun(String(run.id));
    const stopped = await client.stopRun(String(run.id));
    expect(stopped.status).toBe("Stopping");
    expect(await statuses(String(run.id), 3)).toEqual(["Stopped", "Stopped", "Stopped"]);
    const tasks = (await client.getWorkflowRun(String(run.id))).tasks;
    expect(tasks?.stopped).toBe(tasks?.total);
  });

  it("leaves a finished run as it is when asked to stop it", async () => {
    const run = await client.startRun("19027");
    await statuses(String(run.id), 3);
    await expect(client.stopRun(String(run.id))).resolves.toMatchObject({ status: "Finished" });
    expect(await statuses(String(run.id), 1)).toEqual(["Finished"]);
  });

  it("refuses what Zuora refuses: unknown runs, reserved parameter names", async () => {
    await expect(client.stopRun("123")).rejects.toBeInstanceOf(NotFoundError);
    const response = await fetch(`${mock.baseUrls.zuora}/workflows/19027/run`, {
      method: "POST",
      headers: { authorization: "Bearer any", "content-type": "application/json" },
      body: JSON.stringify({ user_token: "x" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ code: "reserved_parameter" }] });
  });
});
