import { BadRequestError, InvalidArgumentError } from "@wfrun/core";
import { json, specExample, stall, startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createZuoraClient, type ZuoraClient, type ZuoraWorkflowRun } from "./index.js";

const TOKEN = "zuora-operations-token-never-printed";
const queued = specExample("zuora", "200", "queued") as ZuoraWorkflowRun;
const stopping = specExample("zuora", "200", "stopping") as ZuoraWorkflowRun;
const finished = specExample("zuora", "200", "finished") as ZuoraWorkflowRun;
const calloutDisabled = specExample("zuora", "400", "calloutDisabled");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Zuora run operations", () => {
  let server: TestServer;
  let client: ZuoraClient;
  beforeAll(async () => {
    server = await startServer();
    client = createZuoraClient({ accessToken: TOKEN, baseUrl: server.url, entityIds: "entity-1" });
  });
  afterAll(() => server.close());

  it("runs a workflow with its parameters, an idempotency key and the client's scope headers", async () => {
    server.handle((_, res) => json(res, 200, queued));
    const parameters = { Account: { AccountNumber: "A00000001" } };
    await expect(client.startRun("19027", parameters, { trackId: "job-1" })).resolves.toEqual(queued);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/workflows/19027/run");
    expect(JSON.parse(request?.body ?? "")).toEqual(parameters);
    expect(request?.headers["idempotency-key"]).toMatch(UUID);
    expect(request?.headers["zuora-entity-ids"]).toBe("entity-1");
    expect(request?.headers["zuora-track-id"]).toBe("job-1");
    expect(request?.headers.async).toBeUndefined();
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("retries a run that timed out with the same idempotency key", async () => {
    let attempt = 0;
    server.handle((_, res) => (++attempt === 1 ? stall(res) : json(res, 200, queued)));
    const impatient = createZuoraClient({ accessToken: TOKEN, baseUrl: server.url, timeoutMs: 100 });
    await expect(impatient.startRun("19027", {}, { idempotencyKey: "nightly-2026-11-26" })).resolves.toEqual(
      queued,
    );
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual([
      "nightly-2026-11-26",
      "nightly-2026-11-26",
    ]);
  });

  it("sends async: true and returns Zuora's 202 answer", async () => {
    server.handle((_, res) => json(res, 202, { requestId: "7c5e3b0e" }));
    await expect(client.startRunAsync("19027")).resolves.toEqual({ requestId: "7c5e3b0e" });
    expect(server.requests[0]?.headers.async).toBe("true");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({});
  });

  it("refuses reserved parameter names and non-objects before any request", async () => {
    server.handle((_, res) => json(res, 200, queued));
    for (const parameters of [{ id: 1 }, { user_token: "x" }, [1], "x"]) {
      await expect(client.startRun("19027", parameters as never)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
    }
    expect(server.requests).toHaveLength(0);
  });

  it("reads the Workflow endpoints' own error body", async () => {
    server.handle((_, res) => json(res, 400, calloutDisabled));
    const error = await client.startRun("19027").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain("Callout is not enabled");
    expect((error as BadRequestError).code).toBe("invalid_request");
  });

  it("stops a run with PUT and returns it as the stop left it; a finished run comes back unchanged", async () => {
    server.handle((_, res) => json(res, 200, stopping));
    await expect(client.stopRun("19063")).resolves.toEqual(stopping);
    expect(server.requests[0]).toMatchObject({ method: "PUT", path: "/workflows/workflow_runs/19063/stop" });
    server.handle((_, res) => json(res, 200, finished));
    await expect(client.stopRun("19063")).resolves.toMatchObject({ status: "Finished" });
    await expect(client.stopRun("..")).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it("has no listRuns: the Workflow API documents no list of runs", () => {
    expectTypeOf<ZuoraClient>().not.toHaveProperty("listRuns");
    expect("listRuns" in client).toBe(false);
  });
});
