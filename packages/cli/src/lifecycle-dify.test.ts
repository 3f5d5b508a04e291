import type { WorkflowRun } from "@wfrun/core";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoKeys, FAST, mockEnv, runCli } from "./__fixtures__/cli.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
beforeEach(() => mock.reset());
afterAll(() => mock.close());

describe("wfrun start, list and stop: dify", () => {
  it("starts the app's workflow, prints the run and the task id; --watch follows it to the end", async () => {
    const started = await runCli(
      ["start", "dify", "--input", "query=hello", "--user", "ci-42"],
      mockEnv(mock),
    );
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/^provider: +dify$/m);
    expect(started.stdout).toMatch(/^task: \S+$/m);
    const watched = await runCli(["start", "dify", "--watch", "--json", "-q", ...FAST], mockEnv(mock));
    expect(watched.code).toBe(0);
    expect((JSON.parse(watched.stdout) as WorkflowRun).status).toBe("succeeded");
    expectNoKeys(watched);
  });

  it("runs a given workflow version, and a failing run makes --watch exit 1", async () => {
    const failed = await runCli(
      ["start", "dify", "wf-v2", "--input", "wfrun_mock_outcome=failed", "--watch", "-q", ...FAST],
      mockEnv(mock),
    );
    expect(failed.code).toBe(1);
    expect(mock.requests.find((r) => r.method === "POST")?.path).toBe("/dify/v1/workflows/wf-v2/run");
  });

  it("lists the logs as a table and as JSON, filtered by status", async () => {
    await runCli(["start", "dify", "--watch", "-q", ...FAST], mockEnv(mock));
    await runCli(
      ["start", "dify", "--input", "wfrun_mock_outcome=failed", "--watch", "-q", ...FAST],
      mockEnv(mock),
    );
    const table = await runCli(["list", "dify"], mockEnv(mock));
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split("\n")).toHaveLength(3);
    const failed = await runCli(["list", "dify", "--status", "failed", "--json"], mockEnv(mock));
    expect((JSON.parse(failed.stdout) as WorkflowRun[]).map((run) => run.status)).toEqual(["failed"]);
  });

  it("stops a task by its id and exits 0", async () => {
    const taskLine = await runCli(["start", "dify"], mockEnv(mock));
    const task = /^task: (\S+)$/m.exec(taskLine.stdout)?.[1] ?? "";
    const stop = await runCli(["stop", "dify", task, "--user", "ci-42"], mockEnv(mock));
    expect(stop.code).toBe(0);
    expect(stop.stdout).toBe(`stop requested: ${task}\n`);
    expect(mock.requests.at(-1)).toMatchObject({
      method: "POST",
      path: `/dify/v1/workflows/tasks/${task}/stop`,
    });
  });
});
