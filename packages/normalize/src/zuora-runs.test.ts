import { startMockServer, type MockServer } from "@wfrun/mock";
import { specExample } from "@wfrun/testkit";
import { createZuoraClient } from "@wfrun/zuora";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromZuora, startAndWaitZuora } from "./zuora.js";

const FAST = { timeoutMs: 10_000, minDelayMs: 5, maxDelayMs: 10 };

describe("Zuora run and stop answers", () => {
  it("maps the documented run and stop answers", () => {
    expect(fromZuora(specExample("zuora", "200", "queued"))).toMatchObject({
      provider: "zuora",
      id: "19063",
      workflowId: "19027",
      status: "queued",
    });
    expect(fromZuora(specExample("zuora", "200", "stopping"))).toMatchObject({ status: "running" });
  });
});

describe("startAndWaitZuora against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it("runs a workflow and resolves with the finished run, its scope headers on every call", async () => {
    const client = createZuoraClient({
      clientId: "id",
      clientSecret: "secret",
      baseUrl: mock.baseUrls.zuora,
    });
    const seen: string[] = [];
    const run = await startAndWaitZuora(
      client,
      "19027",
      { Account: { AccountNumber: "A1" } },
      {
        ...FAST,
        trackId: "job-9",
        onProgress: (r) => seen.push(r.providerStatus),
      },
    );
    expect(run).toMatchObject({ provider: "zuora", workflowId: "19027", status: "succeeded" });
    expect(seen).toEqual(["Queued", "Processing", "Finished"]);
  });

  it("resolves failed for a Finished run whose tasks all failed", async () => {
    const client = createZuoraClient({ accessToken: "t", baseUrl: mock.baseUrls.zuora });
    const run = await startAndWaitZuora(client, "19027", { wfrun_mock_outcome: "failed" }, FAST);
    expect(run).toMatchObject({ status: "failed", providerStatus: "Finished" });
  });
});
