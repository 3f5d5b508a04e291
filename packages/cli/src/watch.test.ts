import type { WorkflowRun } from "@wfrun/core";
import { startMockServer } from "@wfrun/mock";
import { json, specExample } from "@wfrun/testkit";
import { describe, expect, it } from "vitest";
import { expectNoKeys, FAST, idsFor, KEYS, mockEnv, runCli, useServers } from "./__fixtures__/cli.js";

const PROVIDERS = ["stripe", "dify", "zuora", "copyai"] as const;
const progressLines = (stderr: string) => stderr.split("\n").filter((line) => /^\[\+\d+\.\ds\] /.test(line));

const servers = useServers();

describe("wfrun watch against the mock", () => {
  it.each(PROVIDERS)("%s: a succeeded run exits 0 and prints the run", async (provider) => {
    const result = await runCli(
      ["watch", ...idsFor(provider, "run_succeeded"), ...FAST],
      mockEnv(servers.mock),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^status: +succeeded/m);
    expect(progressLines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(
      new RegExp(`^wfrun: watching the ${provider} run .*\\(timeout 10 min\\)$`, "m"),
    );
  });

  it.each(PROVIDERS)("%s: a failed run exits 1 and says how it ended", async (provider) => {
    const result = await runCli(["watch", ...idsFor(provider, "run_failed"), ...FAST], mockEnv(servers.mock));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^status: +failed/m);
    expect(result.stderr).toMatch(new RegExp(`^wfrun: the ${provider} run ended failed`, "m"));
  });

  const lifecycles = {
    stripe: ["running (stripe: started)", "succeeded (stripe: succeeded)"],
    dify: ["running (dify: running)", "succeeded (dify: succeeded)"],
    zuora: ["queued (zuora: Queued)", "running (zuora: Processing)", "succeeded (zuora: Finished)"],
    copyai: ["queued (copyai: NEW)", "running (copyai: PROCESSING)", "succeeded (copyai: COMPLETE)"],
  };

  it.each(PROVIDERS)("%s: a progressing run prints one line per status change", async (provider) => {
    const fresh = await startMockServer(); // a run's steps are counted per server
    try {
      const result = await runCli(["watch", ...idsFor(provider, "run_progress"), ...FAST], mockEnv(fresh));
      expect(result.code).toBe(0);
      const lines = progressLines(result.stderr).map((line) => line.replace(/^\[[^\]]+\] /, ""));
      expect(lines).toEqual(lifecycles[provider]);
      const polls = fresh.requests.filter((request) => request.path.includes("run_progress")).length;
      expect(polls).toBe(3); // Stripe and Dify repeat a status: a poll that changes nothing prints nothing
    } finally {
      await fresh.close();
    }
  });

  it.each(["run_rate_limited", "run_flaky"])(
    "dify %s: the client's retries carry the watch to success",
    async (runId) => {
      const fresh = await startMockServer();
      try {
        const result = await runCli(["watch", "dify", runId, ...FAST], mockEnv(fresh));
        expect(result.code).toBe(0);
        expect(fresh.requests.some((request) => request.status >= 429)).toBe(true);
      } finally {
        await fresh.close();
      }
    },
  );

  it("a missing run exits 3", async () => {
    const result = await runCli(["watch", "zuora", "run_missing", ...FAST], mockEnv(servers.mock));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/HTTP 404/);
  });

  it("--json prints the final run as JSON only on stdout; --quiet drops progress lines", async () => {
    const result = await runCli(
      ["watch", "stripe", "run_succeeded", "--json", "--quiet", ...FAST],
      mockEnv(servers.mock),
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as WorkflowRun).status).toBe("succeeded");
    expect(result.stderr).toBe("");
  });
});

describe("wfrun watch: how runs end", () => {
  const difyRun = (status: string) => ({ ...(specExample("dify", "200", "succeeded") as object), status });

  it.each([
    ["partial-succeeded", "partially_succeeded"],
    ["stopped", "canceled"],
    ["failed", "failed"],
  ])("dify %s (%s) exits 1", async (vendorStatus, status) => {
    servers.server.handle((_request, res) => json(res, 200, difyRun(vendorStatus)));
    const result = await runCli(
      ["watch", "dify", "run-1", "--base-url", servers.server.url, "--json", ...FAST],
      KEYS,
    );
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as WorkflowRun).status).toBe(status);
  });

  it("a run still running at --timeout exits 4 and prints the last run seen", async () => {
    servers.server.handle((_request, res) => json(res, 200, difyRun("running")));
    const started = Date.now();
    const result = await runCli(
      ["watch", "dify", "run-1", "--base-url", servers.server.url, "--timeout", "500ms", "--json", ...FAST],
      KEYS,
    );
    expect(result.code).toBe(4);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((JSON.parse(result.stdout) as WorkflowRun).status).toBe("running");
    expect(result.stderr).toMatch(/did not finish within 500 ms \(last status: running\)/);
    expect(progressLines(result.stderr)).toHaveLength(1);
    expect(servers.server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it("a server that hangs is cut off at --timeout, not after the client's retries", async () => {
    servers.server.handle(() => {}); // never answers
    const started = Date.now();
    const result = await runCli(
      ["watch", "dify", "run-1", "--base-url", servers.server.url, "--timeout", "200ms", ...FAST],
      KEYS,
    );
    expect(result.code).toBe(4);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result.stderr).toMatch(/did not finish within 200 ms \(no answer yet\)/);
    expect(result.stdout).toBe("");
  });

  it("an unknown vendor status keeps polling until the run ends", async () => {
    let polls = 0;
    servers.server.handle((_request, res) =>
      json(res, 200, difyRun(++polls < 3 ? "thinking-hard" : "succeeded")),
    );
    const result = await runCli(["watch", "dify", "run-1", "--base-url", servers.server.url, ...FAST], KEYS);
    expect(result.code).toBe(0);
    expect(progressLines(result.stderr).map((line) => line.replace(/^\[[^\]]+\] /, ""))).toEqual([
      "unknown (dify: thinking-hard)",
      "succeeded (dify: succeeded)",
    ]);
  });

  it("aborting the signal (Ctrl-C) stops at once with exit 130", async () => {
    servers.server.handle((_request, res) => json(res, 200, difyRun("running")));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const result = await runCli(
      ["watch", "dify", "run-1", "--base-url", servers.server.url, "--min-delay", "1s"],
      KEYS,
      controller.signal,
    );
    expect(result.code).toBe(130);
    expect(Date.now() - started).toBeLessThan(900);
    expect(result.stderr).toMatch(/^wfrun: interrupted$/m);
    expect(result.stdout).toBe("");
  });

  it("keys echoed in progress never show", async () => {
    servers.server.handle((_request, res) => json(res, 200, difyRun(`running as ${KEYS.DIFY_API_KEY}`)));
    const result = await runCli(
      // Long enough for the first answer to arrive on a loaded machine; the run never ends, so this is the wait.
      ["watch", "dify", "run-1", "--base-url", servers.server.url, "--timeout", "2s", ...FAST],
      KEYS,
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("running as ***");
    expectNoKeys(result);
  });
});
