import type { WorkflowRun } from "@wfrun/core";
import { startMockServer, type MockServer } from "@wfrun/mock";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoKeys, FAST, KEYS, mockEnv, runCli } from "./__fixtures__/cli.js";

const WORKFLOW = "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa";

let mock: MockServer;
let dir: string;
beforeAll(async () => {
  mock = await startMockServer();
  dir = await mkdtemp(join(tmpdir(), "wfrun-cli-"));
});
beforeEach(() => mock.reset());
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

describe("wfrun start, list and stop: copyai", () => {
  it("starts a run and prints its ids", async () => {
    const result = await runCli(["start", "copyai", WORKFLOW, "--input", "topic=a=b"], mockEnv(mock));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^workflow: +WCFG-84e56597/m);
    expect(result.stdout).toMatch(/^id: +WRUN-/m);
    const started = mock.requests.at(-1);
    expect(started).toMatchObject({
      method: "POST",
      path: `/copyai/api/workflow/${WORKFLOW}/run`,
      status: 200,
    });
    expectNoKeys(result);
  });

  it("prints the started ids as JSON, with inputs from a file and from --input", async () => {
    const file = join(dir, "inputs.json");
    await writeFile(file, JSON.stringify({ topic: "file", count: 3 }));
    const result = await runCli(
      ["start", "copyai", WORKFLOW, "--input-json", file, "--input", "topic=flag", "--json"],
      mockEnv(mock),
    );
    expect(result.code).toBe(0);
    const started = JSON.parse(result.stdout) as { id: string; workflowId: string };
    expect(started.workflowId).toBe(WORKFLOW);
    const get = await runCli(["get", "copyai", WORKFLOW, started.id, "--json"], mockEnv(mock));
    expect((JSON.parse(get.stdout) as WorkflowRun).inputs).toEqual({ topic: "flag", count: 3 });
  });

  it("--watch waits for the run and exits like watch: 0 on success, 1 on failure", async () => {
    const ok = await runCli(["start", "copyai", WORKFLOW, "--watch", ...FAST], mockEnv(mock));
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/started copyai run WCFG-\S+ WRUN-/);
    expect(ok.stdout).toMatch(/^status: +succeeded/m);
    const failed = await runCli(
      ["start", "copyai", WORKFLOW, "--input", "wfrun_mock_outcome=failed", "--watch", "-q", ...FAST],
      mockEnv(mock),
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^status: +failed/m);
  });

  it("lists runs as a table, and as JSON, across pages and up to --limit", async () => {
    for (let i = 0; i < 5; i++) await runCli(["start", "copyai", WORKFLOW], mockEnv(mock));
    const table = await runCli(["list", "copyai", WORKFLOW, "--page-size", "2"], mockEnv(mock));
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +STATUS +CREATED +WORKFLOW$/);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^WRUN-\S+ +queued \(NEW\) +\d{4}-/);
    const json = await runCli(["list", "copyai", WORKFLOW, "--limit", "3", "--json"], mockEnv(mock));
    const runs = JSON.parse(json.stdout) as WorkflowRun[];
    expect(runs.map((run) => run.provider)).toEqual(["copyai", "copyai", "copyai"]);
    expect(runs[0]?.workflowId).toBe(WORKFLOW);
  });

  it("refuses what Copy.ai lacks or misses, with exit 2 and the reason", async () => {
    const stop = await runCli(["stop", "copyai", "WRUN-1"], mockEnv(mock));
    expect(stop.code).toBe(2);
    expect(stop.stderr).toMatch(/Copy\.ai's API has no way to stop a run/);
    const noWorkflow = await runCli(["list", "copyai"], mockEnv(mock));
    expect(noWorkflow.code).toBe(2);
    expect(noWorkflow.stderr).toMatch(/missing <workflow>/);
    const badInput = await runCli(["start", "copyai", WORKFLOW, "--input", "novalue"], mockEnv(mock));
    expect(badInput.code).toBe(2);
    const noKey = await runCli(["start", "copyai", WORKFLOW], { COPYAI_BASE_URL: mock.baseUrls.copyai });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/COPYAI_API_KEY/);
  });

  it("exits 3 on an API error without printing the key", async () => {
    const result = await runCli(["start", "copyai", WORKFLOW], mockEnv(mock), undefined);
    expect(result.code).toBe(0);
    const strict = await startMockServer({ keys: { copyai: "the-real-key" } });
    try {
      const refused = await runCli(["list", "copyai", WORKFLOW], { ...mockEnv(strict) });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/COPYAI_API_KEY/);
      expectNoKeys(refused, [KEYS.COPYAI_API_KEY]);
    } finally {
      await strict.close();
    }
  });
});

describe("wfrun start, list and stop: stripe", () => {
  it("invokes a workflow and prints the new run; --watch follows it to the end", async () => {
    const started = await runCli(
      ["start", "stripe", "wf_test_1", "--input", "customer=cus_1"],
      mockEnv(mock),
    );
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/^provider: +stripe$/m);
    expect(started.stdout).toMatch(/^status: +running \(stripe: started\)$/m);
    const watched = await runCli(
      ["start", "stripe", "wf_test_1", "--watch", "--json", ...FAST],
      mockEnv(mock),
    );
    expect(watched.code).toBe(0);
    expect((JSON.parse(watched.stdout) as WorkflowRun).status).toBe("succeeded");
    expectNoKeys(watched);
  });

  it("lists runs filtered by workflow and status", async () => {
    await runCli(["start", "stripe", "wf_test_1"], mockEnv(mock));
    await runCli(["start", "stripe", "wf_test_2"], mockEnv(mock));
    const failed = await runCli(
      ["start", "stripe", "wf_test_2", "--input", "wfrun_mock_outcome=failed", "--watch", "-q", ...FAST],
      mockEnv(mock),
    );
    expect(failed.code).toBe(1);
    const ofOne = await runCli(["list", "stripe", "wf_test_2", "--json"], mockEnv(mock));
    expect((JSON.parse(ofOne.stdout) as WorkflowRun[]).map((run) => run.workflowId)).toEqual([
      "wf_test_2",
      "wf_test_2",
    ]);
    const onlyFailed = await runCli(["list", "stripe", "--status", "failed"], mockEnv(mock));
    expect(onlyFailed.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(onlyFailed.stdout).toMatch(/failed \(failed\)/);
  });

  it("refuses stop: Stripe cannot stop a run", async () => {
    const stop = await runCli(["stop", "stripe", "wfrun_1"], mockEnv(mock));
    expect(stop.code).toBe(2);
    expect(stop.stderr).toMatch(/no way to stop/);
  });
});

describe("wfrun start and stop: zuora", () => {
  it("runs a workflow, stops the run, and prints it as the stop left it", async () => {
    const started = await runCli(["start", "zuora", "19027", "--json"], mockEnv(mock));
    expect(started.code).toBe(0);
    const run = JSON.parse(started.stdout) as WorkflowRun;
    expect(run).toMatchObject({ provider: "zuora", workflowId: "19027", providerStatus: "Queued" });
    await runCli(["get", "zuora", run.id], mockEnv(mock));
    const stopped = await runCli(["stop", "zuora", run.id], mockEnv(mock));
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toMatch(/^status: +running \(zuora: Stopping\)$/m);
    const watched = await runCli(["watch", "zuora", run.id, "-q", ...FAST], mockEnv(mock));
    expect(watched.code).toBe(1);
    expect(watched.stdout).toMatch(/^status: +canceled \(zuora: Stopped\)$/m);
    expectNoKeys(stopped);
  });

  it("stopping a finished run prints it unchanged and exits 0; a missing run exits 3", async () => {
    const done = await runCli(["start", "zuora", "19027", "--watch", "--json", "-q", ...FAST], mockEnv(mock));
    const run = JSON.parse(done.stdout) as WorkflowRun;
    const stop = await runCli(["stop", "zuora", run.id, "--json"], mockEnv(mock));
    expect(stop.code).toBe(0);
    expect((JSON.parse(stop.stdout) as WorkflowRun).providerStatus).toBe("Finished");
    const missing = await runCli(["stop", "zuora", "1"], mockEnv(mock));
    expect(missing.code).toBe(3);
  });

  it("refuses list: Zuora documents no list of runs", async () => {
    const list = await runCli(["list", "zuora"], mockEnv(mock));
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/documents no list of runs/);
  });
});

describe("wfrun start, list and stop: usage", () => {
  it.each(["start", "list", "stop"])("%s has help, from --help and from `wfrun help`", async (command) => {
    const direct = await runCli([command, "--help"]);
    const viaHelp = await runCli(["help", command]);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toMatch(new RegExp(`^Usage: wfrun ${command} <provider>`));
    expect(viaHelp.stdout).toBe(direct.stdout);
  });

  it("refuses watch options without --watch, unknown providers and stray arguments with exit 2", async () => {
    for (const argv of [
      ["start", "copyai", "WCFG-1", "--timeout", "1m"],
      ["start", "nope", "wf"],
      ["list", "stripe", "wf", "extra"],
      ["stop", "zuora"],
      ["list", "copyai", "WCFG-1", "--limit", "0"],
    ]) {
      const result = await runCli(argv, mockEnv(mock));
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr, argv.join(" ")).toMatch(/^wfrun: /);
    }
  });
});
