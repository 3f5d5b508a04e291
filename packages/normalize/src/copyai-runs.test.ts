import { NormalizeError } from "./shared.js";
import { createCopyAiClient, type CopyAiWorkflowRun } from "@wfrun/copyai";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { specExample } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromCopyAi, fromCopyAiStart, startAndWaitCopyAi, type StartedRun } from "./copyai.js";

const FAST = { timeoutMs: 10_000, minDelayMs: 5, maxDelayMs: 10 };

describe("Copy.ai start answers and list items", () => {
  it("maps the documented start answer to a StartedRun, envelope or data", () => {
    const started = specExample("copyai", "200", "started") as { data: { id: string } };
    const expected: StartedRun<"copyai"> = {
      provider: "copyai",
      id: "some-UUID-1234",
      workflowId: "WCFG-1",
      raw: started,
    };
    expect(fromCopyAiStart(started, "WCFG-1")).toEqual(expected);
    expect(fromCopyAiStart(started.data)).toEqual({ ...expected, workflowId: null, raw: started.data });
    expect(() => fromCopyAiStart({ data: {} })).toThrow(NormalizeError);
  });

  it("maps every run of the documented list pages", () => {
    for (const name of ["runsPage", "runsPageTotalString"]) {
      const page = specExample("copyai", "200", name) as { data: { data: CopyAiWorkflowRun[] } };
      for (const run of page.data.data) {
        const mapped = fromCopyAi(run, { workflowId: "WCFG-1" });
        expect(mapped.id).toBe(run.id);
        expect(mapped.workflowId).toBe(run.workflowId ?? "WCFG-1");
        expect(mapped.status).toBe(run.status === "COMPLETE" ? "succeeded" : "unknown");
      }
    }
  });
});

describe("startAndWaitCopyAi against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it("starts a run, tells onStarted its id, and resolves with the finished run", async () => {
    const client = createCopyAiClient({ apiKey: "any", baseUrl: mock.baseUrls.copyai });
    const started: string[] = [];
    const seen: string[] = [];
    const run = await startAndWaitCopyAi(
      client,
      "WCFG-1",
      { startVariables: { topic: "x" } },
      {
        ...FAST,
        onStarted: (s) => started.push(s.id),
        onProgress: (r) => seen.push(r.providerStatus),
      },
    );
    expect(run).toMatchObject({
      provider: "copyai",
      id: started[0],
      workflowId: "WCFG-1",
      status: "succeeded",
    });
    expect(run.inputs).toEqual({ topic: "x" });
    expect(seen).toEqual(["NEW", "PROCESSING", "COMPLETE"]);
  });

  it("resolves with a failed run too: the caller reads the status", async () => {
    const client = createCopyAiClient({ apiKey: "any", baseUrl: mock.baseUrls.copyai });
    const run = await startAndWaitCopyAi(
      client,
      "WCFG-1",
      { startVariables: { wfrun_mock_outcome: "failed" } },
      FAST,
    );
    expect(run.status).toBe("failed");
  });
});
