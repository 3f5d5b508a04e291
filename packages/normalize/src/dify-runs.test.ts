import { createDifyClient } from "@wfrun/dify";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { specExample } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDifyBlocking, fromDifyLogEntry, startAndWaitDify } from "./dify.js";

const FAST = { timeoutMs: 10_000, minDelayMs: 5, maxDelayMs: 10 };

describe("Dify start answers and log entries", () => {
  it("maps the documented blocking answer and log entry", () => {
    const blocking = specExample("dify", "200", "run_blocking");
    expect(fromDifyBlocking(blocking)).toMatchObject({
      provider: "dify",
      id: "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
      status: "succeeded",
      outputs: { result: "Bonjour le monde" },
      usage: { tokens: 150, steps: 3 },
      raw: blocking,
    });
    const page = specExample("dify", "200", "logs_page") as { data: unknown[] };
    expect(fromDifyLogEntry(page.data[0])).toMatchObject({
      id: "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
      status: "succeeded",
      durationMs: 1230,
    });
  });
});

describe("startAndWaitDify against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it("starts streaming, hands over the ids, closes the stream and polls the run to its end", async () => {
    const client = createDifyClient({ apiKey: "app-any", baseUrl: mock.baseUrls.dify });
    const started: string[] = [];
    const run = await startAndWaitDify(
      client,
      { inputs: { q: "x" }, user: "u" },
      {
        ...FAST,
        onStarted: (s) => started.push(`${s.runId} ${s.taskId} ${s.started.event}`),
      },
    );
    expect(run).toMatchObject({ provider: "dify", status: "succeeded", inputs: { q: "x" } });
    expect(started).toEqual([expect.stringMatching(new RegExp(`^${run.id} \\S+ workflow_started$`))]);
  });
});
