import type { WorkflowRun } from "@wfrun/core";
import { startMockServer } from "@wfrun/mock";
import { fromCopyAi } from "@wfrun/normalize/copyai";
import { fromDify } from "@wfrun/normalize/dify";
import { fromStripe } from "@wfrun/normalize/stripe";
import { fromZuora } from "@wfrun/normalize/zuora";
import { json, specExample } from "@wfrun/testkit";
import { describe, expect, it } from "vitest";
import { expectNoKeys, idsFor, KEYS, mockEnv, runCli, useServers } from "./__fixtures__/cli.js";

const PROVIDERS = ["stripe", "dify", "zuora", "copyai"] as const;

const servers = useServers();

describe("wfrun get against the mock", () => {
  it.each(PROVIDERS)("%s: prints a summary of a succeeded run and exits 0", async (provider) => {
    const result = await runCli(["get", ...idsFor(provider, "run_succeeded")], mockEnv(servers.mock));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(new RegExp(`^provider: +${provider}$`, "m"));
    expect(result.stdout).toMatch(/^status: +succeeded \(/m);
    expect(result.stdout).toMatch(/^duration: +(\d+(\.\d+)? (ms|s|min)|-)/m);
    expect(result.stdout).toMatch(/^created: +\d{4}-\d\d-\d\dT/m);
    expectNoKeys(result);
  });

  it.each(PROVIDERS)("%s: exits 0 for a failed run too, and shows the failure", async (provider) => {
    const result = await runCli(["get", ...idsFor(provider, "run_failed")], mockEnv(servers.mock));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^status: +failed \(/m);
    expect(result.stdout).toMatch(/^error: +\S/m);
  });

  it("copyai: takes the workflow id and the run id, and keeps the workflow id", async () => {
    const result = await runCli(
      ["get", "copyai", "WCFG-1", "run_succeeded", "--json"],
      mockEnv(servers.mock),
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as WorkflowRun).workflowId).toBe("WCFG-1");
    expect(servers.mock.requests.at(-1)?.path).toBe("/copyai/api/workflow/WCFG-1/run/run_succeeded");
  });

  it("404: exits 3 with the vendor's message and a hint", async () => {
    const result = await runCli(["get", "dify", "run_missing"], mockEnv(servers.mock));
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^wfrun: dify answered HTTP 404/);
    expect(result.stderr).toContain("check the id");
  });

  it.each(PROVIDERS)(
    "%s: 401 from a server that checks keys exits 3 and names the variable",
    async (provider) => {
      const strict = await startMockServer({ keys: { [provider]: "the-right-credential" } });
      try {
        const result = await runCli(["get", ...idsFor(provider, "run_succeeded")], mockEnv(strict));
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/HTTP 401/);
        expect(result.stderr).toMatch(
          provider === "zuora" ? /check ZUORA_CLIENT_ID/ : /check [A-Z]+_API_KEY/,
        );
        expectNoKeys(result);
      } finally {
        await strict.close();
      }
    },
  );
});

describe("wfrun get --json", () => {
  const mappers = { stripe: fromStripe, dify: fromDify, zuora: fromZuora, copyai: fromCopyAi };
  const payloads = {
    stripe: specExample("stripe", "200", "succeeded"),
    dify: specExample("dify", "200", "running_inputs_json_string"),
    zuora: specExample("zuora", "200", "finished"),
    copyai: specExample("copyai", "200", "complete"), // Copy.ai's {status, data} envelope
  };

  it.each(PROVIDERS)("%s: prints the normalized run, raw included, and it round-trips", async (provider) => {
    const payload = payloads[provider];
    servers.server.handle((request, res) =>
      request.path.endsWith("/oauth/token")
        ? json(res, 200, { access_token: "token-from-server", token_type: "bearer", expires_in: 3600 })
        : json(res, 200, payload),
    );
    const ids = idsFor(provider, "run-1");
    const result = await runCli(["get", ...ids, "--json", "--base-url", servers.server.url], KEYS);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as WorkflowRun;
    const raw = provider === "copyai" ? (payload as { data: unknown }).data : payload;
    const expected =
      provider === "copyai"
        ? fromCopyAi(raw, { workflowId: ids[1]!, runId: ids[2]! })
        : mappers[provider](raw);
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.raw).toEqual(raw);
    expect(`${JSON.stringify(printed, null, 2)}\n`).toBe(result.stdout);
  });

  it("copyai: a run without a status (one of Copy.ai's examples) is unknown, credits read from a string", async () => {
    servers.server.handle((_request, res) => json(res, 200, specExample("copyai", "200", "success")));
    const result = await runCli(
      ["get", "copyai", "WCFG-1", "WRUN-1", "--base-url", servers.server.url],
      KEYS,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^status: +unknown \(copyai: no status\)$/m);
    expect(result.stdout).toMatch(/^usage: +9001 credits$/m);
  });

  it("zuora: a Finished run with failed tasks is shown failed, next to Zuora's own word", async () => {
    const finished = specExample("zuora", "200", "finished") as { tasks: Record<string, number> };
    const failed = { ...finished, tasks: { ...finished.tasks, success: 0, error: 4 } };
    servers.server.handle((request, res) =>
      request.path.endsWith("/oauth/token")
        ? json(res, 200, { access_token: "token-from-server", expires_in: 3600 })
        : json(res, 200, failed),
    );
    const result = await runCli(["get", "zuora", "19063", "--base-url", servers.server.url], KEYS);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^status: +failed \(zuora: Finished\)$/m);
    expect(result.stdout).toMatch(/^id: +19063$/m);
  });
});
