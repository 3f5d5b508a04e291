import { fault, json, scripted, startServer } from "@wfrun/testkit";
import { describe, expect, it } from "vitest";
import { expectNoKeys, KEYS, mockEnv, runCli, useServers } from "./__fixtures__/cli.js";

const servers = useServers();

describe("usage errors exit 2", () => {
  it.each([
    [["get"], /missing <provider>/],
    [["get", "github", "1"], /unknown provider "github": use one of stripe, dify, zuora, copyai/],
    [["get", "dify"], /missing <run-id>: wfrun get dify <run-id>/],
    [["get", "copyai", "WCFG-1"], /missing <run-id>: wfrun get copyai <workflow-id> <run-id>/],
    [["watch", "stripe", "a", "b"], /too many arguments: wfrun watch stripe <run-id>$/m],
    [["get", "dify", "run_succeeded", "--debug"], /Unknown option '--debug'/],
    [["get", "dify", "run_succeeded", "--timeout-ms", "50"], /--timeout-ms is gone: use --timeout/],
    [["get", "dify", "run_succeeded", "--timeout", "50"], /--timeout takes a duration with a unit/],
    [["get", "dify", "run_succeeded", "--json", "--raw"], /--json .* --raw .*: pick one/],
    [["get", "dify", "run_succeeded", "--color", "sometimes"], /--color takes auto, on or off/],
    [["watch", "dify", "run_succeeded", "--timeout", "600"], /--timeout takes a duration with a unit/],
    [["watch", "dify", "run_succeeded", "--timeout", "0s"], /--timeout must be more than 0/],
    [
      ["watch", "dify", "x", "--min-delay", "2s", "--max-delay", "1s"],
      /--min-delay must not be longer than --max-delay/,
    ],
    [
      ["watch", "dify", "x", "--min-delay", "2s", "--timeout", "1s"],
      /--min-delay must not be longer than --timeout/,
    ],
    [["mock", "--port", "70000"], /--port takes a whole number from 0 to 65535/],
    [["deploy"], /unknown command "deploy"/],
  ])("wfrun %j", async (argv, message) => {
    const result = await runCli(argv, mockEnv(servers.mock));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/see `wfrun( \w+)? --help`/);
    expect(servers.mock.requests.filter((request) => request.path.includes("/x"))).toEqual([]);
  });

  it("refuses an id the clients refuse, before any request", async () => {
    const before = servers.mock.requests.length;
    const result = await runCli(["get", "stripe", ".."], mockEnv(servers.mock));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wfrun: runId must not be/);
    expect(servers.mock.requests.length).toBe(before);
  });

  it("accepts an id that starts with a dash after --", async () => {
    const result = await runCli(["get", "dify", "--", "-run"], mockEnv(servers.mock));
    expect(result.code).toBe(3); // the mock knows no such run: the id was sent
    expect(servers.mock.requests.at(-1)?.path).toBe("/dify/v1/workflows/run/-run");
  });
});

describe("credentials and hosts from the environment", () => {
  it.each([
    ["stripe", "STRIPE_API_KEY"],
    ["dify", "DIFY_API_KEY"],
    ["copyai", "COPYAI_API_KEY"],
    ["zuora", "ZUORA_CLIENT_ID"],
  ])("%s without its key exits 2 naming %s", async (provider, variable) => {
    const env = { ...mockEnv(servers.mock), [variable]: "" };
    const ids = provider === "copyai" ? ["WCFG-1", "run_succeeded"] : ["run_succeeded"];
    const result = await runCli(["get", provider, ...ids], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${variable} is not set`);
  });

  it.each([
    [{ ZUORA_CLIENT_SECRET: undefined }, /ZUORA_CLIENT_SECRET is not set/],
    [{ ZUORA_ACCESS_TOKEN: "a-token-as-well" }, /ZUORA_CLIENT_SECRET, or ZUORA_ACCESS_TOKEN, not both/],
    [{ ZUORA_ENVIRONMENT: "eu-production" }, /ZUORA_ENVIRONMENT or ZUORA_BASE_URL, not both/],
    [{ ZUORA_BASE_URL: undefined }, /ZUORA_ENVIRONMENT is not set/],
    [
      { ZUORA_BASE_URL: undefined, ZUORA_ENVIRONMENT: "moon-production" },
      /ZUORA_ENVIRONMENT must be one of us-production-cloud1/,
    ],
  ])("zuora %j exits 2", async (change, message) => {
    const result = await runCli(["get", "zuora", "run_succeeded"], { ...mockEnv(servers.mock), ...change });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expectNoKeys(result, [...Object.values(KEYS), "a-token-as-well"]);
  });

  it("zuora: a bearer token from ZUORA_ACCESS_TOKEN is used as is", async () => {
    const env = {
      ...mockEnv(servers.mock),
      ZUORA_CLIENT_ID: "",
      ZUORA_CLIENT_SECRET: "",
      ZUORA_ACCESS_TOKEN: "own-token-1234",
    };
    const result = await runCli(["get", "zuora", "run_succeeded"], env);
    expect(result.code).toBe(0);
    expect(servers.mock.requests.at(-1)).toMatchObject({
      method: "GET",
      path: "/zuora/workflows/workflow_runs/run_succeeded",
    });
  });

  it("--base-url overrides *_BASE_URL and ZUORA_ENVIRONMENT", async () => {
    const env = {
      ...KEYS,
      DIFY_BASE_URL: "http://127.0.0.1:1/nowhere",
      ZUORA_ENVIRONMENT: "us-production-cloud2",
    };
    const dify = await runCli(
      ["get", "dify", "run_succeeded", "--base-url", servers.mock.baseUrls.dify],
      env,
    );
    expect(dify.code).toBe(0);
    const zuora = await runCli(
      ["get", "zuora", "run_succeeded", "--base-url", servers.mock.baseUrls.zuora],
      env,
    );
    expect(zuora.code).toBe(0);
  });

  it("STRIPE_VERSION pins another preview; a malformed one exits 2", async () => {
    servers.server.handle((_request, res) => json(res, 200, { id: "wr_1", status: "started" }));
    const env = { ...KEYS, STRIPE_BASE_URL: servers.server.url, STRIPE_VERSION: "2026-09-30.preview" };
    expect((await runCli(["get", "stripe", "wr_1"], env)).code).toBe(0);
    expect(servers.server.requests[0]?.headers["stripe-version"]).toBe("2026-09-30.preview");
    const malformed = await runCli(["get", "stripe", "wr_1"], { ...env, STRIPE_VERSION: "next week" });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/stripeVersion/);
  });

  it("a base URL that is not http(s) exits 2", async () => {
    const result = await runCli(["get", "dify", "run_succeeded", "--base-url", "ftp://example.com"], KEYS);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/baseUrl.*http/);
  });
});

describe("keys never reach the output", () => {
  const everyKey = Object.values(KEYS).join(" ");

  it.each(["stripe", "dify", "zuora", "copyai"])(
    "%s: a server echoing the keys in an error body",
    async (provider) => {
      servers.server.handle((request, res) =>
        request.path.endsWith("/oauth/token")
          ? json(res, 200, { access_token: "issued-token-never-printed", expires_in: 3600 })
          : json(res, 403, {
              message: `forbidden for ${everyKey} issued-token-never-printed`,
              code: everyKey,
            }),
      );
      const ids = provider === "copyai" ? ["WCFG-1", "run-1"] : ["run-1"];
      const result = await runCli(["get", provider, ...ids, "--base-url", servers.server.url], KEYS);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/HTTP 403/);
      // Only Zuora issues tokens; for the others the string is merely text.
      const tokens = provider === "zuora" ? ["issued-token-never-printed"] : [];
      expectNoKeys(result, [...Object.values(KEYS), ...tokens]);
    },
  );

  it("a run payload echoing the key, in the summary and in --json", async () => {
    servers.server.handle((_request, res) =>
      json(res, 200, {
        id: "run-1",
        status: "succeeded",
        error: `key "${KEYS.DIFY_API_KEY}"`,
        outputs: { k: KEYS.DIFY_API_KEY },
      }),
    );
    for (const extra of [[], ["--json"]]) {
      const result = await runCli(["get", "dify", "run-1", "--base-url", servers.server.url, ...extra], KEYS);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("***");
      expectNoKeys(result);
    }
  });

  it("a key with characters JSON escapes is cut from --json output too", async () => {
    const key = 'app-quote"and\\backslash-key';
    servers.server.handle((_request, res) =>
      json(res, 200, { id: "run-1", status: "succeeded", outputs: { echo: key } }),
    );
    const result = await runCli(["get", "dify", "run-1", "--json", "--base-url", servers.server.url], {
      DIFY_API_KEY: key,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(JSON.stringify(key).slice(1, -1));
    expect((JSON.parse(result.stdout) as { outputs: { echo: string } }).outputs.echo).toBe("***");
  });
});

describe("API and network failures", () => {
  it("a server that never answers within get's --timeout exits 4, retries included", async () => {
    servers.server.handle(scripted(fault.stall()));
    const result = await runCli(
      ["get", "dify", "run-1", "--timeout", "150ms", "--base-url", servers.server.url],
      KEYS,
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^wfrun: dify did not answer within the 1[0-5]\d ms deadline/); // what was left of 150
    expect(servers.server.requests).toHaveLength(1); // the deadline ends the call: no retry after it
  });

  it("an HTML page instead of JSON exits 3 with a hint", async () => {
    servers.server.handle(scripted(fault.html(200)));
    const result = await runCli(["get", "stripe", "run-1", "--base-url", servers.server.url], KEYS);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/web page/);
  });

  it("a body that is not the vendor's run exits 3", async () => {
    servers.server.handle((_request, res) => json(res, 200, { hello: "world" }));
    const result = await runCli(["get", "dify", "run-1", "--base-url", servers.server.url], KEYS);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/dify/);
  });

  it("no server at the base URL exits 3", async () => {
    const closed = await startServer();
    await closed.close();
    const result = await runCli(["get", "copyai", "WCFG-1", "run-1", "--base-url", closed.url], KEYS);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/could not reach/);
  });

  it("control characters from a vendor do not reach the terminal", async () => {
    servers.server.handle((_request, res) =>
      json(res, 200, { id: "run-1", status: "\u001b[2Jdone\r\nstatus: succeeded" }),
    );
    const result = await runCli(["get", "dify", "run-1", "--base-url", servers.server.url], KEYS);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).toMatch(
      /^status: +unknown \(dify: \\u001b\[2Jdone\\u000d\\u000astatus: succeeded\)$/m,
    );
  });
});
