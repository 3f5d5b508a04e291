import type { WorkflowRun } from "@wfrun/core";
import { startMockServer } from "@wfrun/mock";
import { json, specExample, startServer } from "@wfrun/testkit";
import { describe, expect, it } from "vitest";
import { expectNoKeys, FAST, KEYS, mockEnv, runCli, useServers } from "./__fixtures__/cli.js";

const ESC = "\u001b[";

const servers = useServers();

describe("wfrun get with several runs", () => {
  it("fetches them concurrently, four at a time, and prints them in the order given", async () => {
    const slow = await startServer();
    try {
      const ids = ["r1", "r2", "r3", "r4", "r5"];
      let received = 0;
      let mostAtOnce = 0;
      let held: (() => void)[] = [];
      const release = () => {
        for (const answer of held) answer();
        held = [];
      };
      // Answers are held until four requests wait at once (or the last one came), so the count is exact on
      // a busy machine; a client that sent them one by one would be released by the timer and fail.
      slow.handle((request, res) => {
        const id = request.path.split("/").at(-1) ?? "";
        held.push(() => json(res, 200, { ...(specExample("dify", "200", "succeeded") as object), id }));
        mostAtOnce = Math.max(mostAtOnce, held.length);
        received++;
        if (held.length === 4 || received === ids.length) release();
        else setTimeout(release, 2_000).unref();
      });
      const result = await runCli(["get", "dify", ...ids, "--base-url", slow.url, "--json"], KEYS);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as WorkflowRun[]).map((run) => run.id)).toEqual(ids);
      expect(mostAtOnce).toBe(4);
    } finally {
      await slow.close();
    }
  });

  it("--raw prints the vendor payloads as one JSON array; one id prints one object", async () => {
    const several = await runCli(
      ["get", "stripe", "run_succeeded", "run_failed", "--raw"],
      mockEnv(servers.mock),
    );
    expect(several.code).toBe(0);
    const payloads = JSON.parse(several.stdout) as { object: string; status: string }[];
    expect(payloads.map((payload) => [payload.object, payload.status])).toEqual([
      ["v2.extend.workflow_run", "succeeded"],
      ["v2.extend.workflow_run", "failed"],
    ]);
    const one = await runCli(["get", "stripe", "run_succeeded", "--raw"], mockEnv(servers.mock));
    expect((JSON.parse(one.stdout) as { status: string }).status).toBe("succeeded");
  });

  it("copyai: one workflow id, then several run ids", async () => {
    const result = await runCli(
      ["get", "copyai", "WCFG-9", "run_succeeded", "run_failed", "--json"],
      mockEnv(servers.mock),
    );
    const runs = JSON.parse(result.stdout) as WorkflowRun[];
    expect(runs.map((run) => [run.workflowId, run.status])).toEqual([
      ["WCFG-9", "succeeded"],
      ["WCFG-9", "failed"],
    ]);
  });

  it("prints the runs it got, names the run that failed, and exits with that failure's code", async () => {
    const result = await runCli(["get", "zuora", "run_succeeded", "run_missing"], mockEnv(servers.mock));
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^status: +succeeded/m);
    expect(result.stdout).not.toMatch(/run_missing/);
    expect(result.stderr).toMatch(/^wfrun: run_missing: zuora answered HTTP 404/m);
  });
});

describe("output that reads true", () => {
  it("a queued run has no duration; a running one's is only so far", async () => {
    const fresh = await startMockServer();
    try {
      const env = mockEnv(fresh);
      const queued = await runCli(["get", "zuora", "run_progress"], env);
      expect(queued.stdout).toMatch(/^status: +queued/m);
      expect(queued.stdout).toMatch(/^duration: +-$/m);
      const running = await runCli(["get", "zuora", "run_progress"], env);
      expect(running.stdout).toMatch(/^status: +running/m);
      expect(running.stdout).toMatch(/^duration: +-$/m); // Zuora's runTime is not a duration yet
    } finally {
      await fresh.close();
    }
    servers.server.handle((_request, res) =>
      json(res, 200, { id: "r", workflow_run_id: "r", status: "running", elapsed_time: 12.3 }),
    );
    const dify = await runCli(["get", "dify", "r", "--base-url", servers.server.url], KEYS);
    expect(dify.stdout).toMatch(/^duration: +12\.3 s so far$/m);
  });

  it("a failed Zuora run says how many tasks failed; a failed Copy.ai run says it gives no reason", async () => {
    const zuora = await runCli(["get", "zuora", "run_failed"], mockEnv(servers.mock));
    expect(zuora.stdout).toMatch(/^error: +\d+ of \d+ tasks failed$/m);
    const copyai = await runCli(["get", "copyai", "WCFG-1", "run_failed"], mockEnv(servers.mock));
    expect(copyai.stdout).toMatch(/^error: +copyai does not say why$/m);
    expect(copyai.stdout).not.toContain("(no message)");
  });

  it("a 404 whose body is not the vendor's says the base URL may be wrong", async () => {
    servers.server.handle((_request, res) => {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
    });
    const wrong = await runCli(["get", "stripe", "wfrun_1", "--base-url", servers.server.url], KEYS);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/^wfrun: .*--base-url or STRIPE_BASE_URL may be wrong$/m);
    expect(wrong.stderr).not.toContain("check the id");

    const vendors = await runCli(["get", "stripe", "run_missing"], mockEnv(servers.mock));
    expect(vendors.stderr).toContain("check the id");
    expect(vendors.stderr).not.toContain("may be wrong");
  });
});

describe("--verbose", () => {
  it("shows each attempt and each retry, keys redacted; WFRUN_DEBUG=1 does the same", async () => {
    const fresh = await startMockServer();
    try {
      const flag = await runCli(["watch", "dify", "run_rate_limited", "--verbose", ...FAST], mockEnv(fresh));
      expect(flag.code).toBe(0);
      const debug = flag.stderr.split("\n").filter((line) => line.startsWith("wfrun: debug: "));
      expect(debug.some((line) => /retrying in \d+ ms after RateLimitError/.test(line))).toBe(true);
      expect(debug.some((line) => /→ 200 \(attempt 3\) durationMs=\d+$/.test(line))).toBe(true);
      expectNoKeys(flag);

      const waits = await runCli(["watch", "dify", "run_progress", "--verbose", ...FAST], mockEnv(fresh));
      expect(waits.stderr).toMatch(/^wfrun: debug: next poll in \d+ ms$/m);

      const env = await runCli(["get", "dify", "run_succeeded"], { ...mockEnv(fresh), WFRUN_DEBUG: "1" });
      expect(env.stderr).toMatch(/^wfrun: debug: /m);
      const quiet = await runCli(["get", "dify", "run_succeeded"], { ...mockEnv(fresh), WFRUN_DEBUG: "0" });
      expect(quiet.stderr).toBe("");
    } finally {
      await fresh.close();
    }
  });
});

describe("terminals and colour", () => {
  it("on a terminal, watch keeps one live line and colours the final status", async () => {
    const result = await runCli(
      ["watch", "stripe", "run_failed", ...FAST],
      mockEnv(servers.mock),
      undefined,
      {
        stdout: true,
        stderr: true,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("\r\u001b[2K"); // the live line is redrawn in place
    expect(result.stderr).toContain(`${ESC}31mfailed${ESC}39m`);
    expect(result.stdout).toMatch(/^status: +\u001b\[31mfailed/m);
  });

  it("off a terminal, plain lines and no colour; NO_COLOR, FORCE_COLOR and --color decide over the terminal", async () => {
    const argv = ["get", "dify", "run_succeeded"];
    const plain = await runCli(argv, mockEnv(servers.mock));
    expect(plain.stdout).not.toContain(ESC);
    const tty = { stdout: true };
    expect((await runCli(argv, mockEnv(servers.mock), undefined, tty)).stdout).toContain(
      `${ESC}32msucceeded`,
    );
    expect(
      (await runCli(argv, { ...mockEnv(servers.mock), NO_COLOR: "1" }, undefined, tty)).stdout,
    ).not.toContain(ESC);
    expect((await runCli(argv, { ...mockEnv(servers.mock), FORCE_COLOR: "1" })).stdout).toContain(ESC);
    expect(
      (await runCli([...argv, "--color", "off"], mockEnv(servers.mock), undefined, tty)).stdout,
    ).not.toContain(ESC);
    expect((await runCli([...argv, "--color", "on"], mockEnv(servers.mock))).stdout).toContain(ESC);

    const watched = await runCli(["watch", "dify", "run_succeeded", ...FAST], mockEnv(servers.mock));
    expect(watched.stderr).not.toContain("\r");
    expect(watched.stderr).toMatch(/^\[\+\d+\.\ds\] succeeded \(dify: succeeded\)$/m);
  });
});
