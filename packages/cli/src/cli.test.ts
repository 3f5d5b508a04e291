import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDuration } from "./args.js";
import { formatDuration, printable } from "./format.js";
import { run } from "./index.js";
import { KEYS, runCli } from "./__fixtures__/cli.js";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe("help and version", () => {
  it("--version prints package.json's version", async () => {
    for (const flag of ["--version", "-v"]) {
      const result = await runCli([flag]);
      expect(result).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
    }
  });

  it("--help lists the commands, the env vars and the exit codes", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const word of [
      "wfrun get",
      "wfrun watch",
      "wfrun mock",
      "wfrun help <command>",
      "WFRUN_DEBUG",
      "NO_COLOR",
      "STRIPE_API_KEY",
      "ZUORA_ENVIRONMENT",
      "130",
    ]) {
      expect(result.stdout).toContain(word);
    }
  });

  it.each([
    ["get", /--timeout <duration>[\s\S]*--raw/],
    ["watch", /--max-delay[\s\S]*4 +timed out/],
    ["mock", /SIGTERM[\s\S]*--port/],
  ])("wfrun %s: --help, -h and wfrun help <command>", async (command, content) => {
    for (const argv of [
      [command, "--help"],
      [command, "-h"],
      ["help", command],
      [command, "dify", "x", "--help"],
    ]) {
      const result = await runCli(argv, {});
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: wfrun ${command}`));
      expect(result.stdout).toMatch(content);
    }
  });

  it("no arguments prints the help on stderr and exits 2", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage:");
  });

  it("help for an unknown command exits 2", async () => {
    const result = await runCli(["help", "deploy"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/no help for "deploy"/);
  });

  it("an unknown option before the command exits 2", async () => {
    const result = await runCli(["--json", "get"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option "--json"/);
  });
});

describe("wfrun mock in-process", () => {
  it("prints export lines that work, and stops when the signal fires", async () => {
    const controller = new AbortController();
    let stdout = "";
    let stderr = "";
    let printed: () => void;
    const ready = new Promise<void>((resolve) => (printed = resolve));
    const exitCode = run(["mock"], {
      stdout: { write: (chunk: string) => ((stdout += chunk), printed()) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env: KEYS,
      signal: controller.signal,
    });
    await ready;
    const env = Object.fromEntries(
      [...stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((match) => [match[1]!, match[2]!]),
    );
    expect(Object.keys(env).sort()).toEqual(
      [
        "COPYAI_API_KEY",
        "COPYAI_BASE_URL",
        "DIFY_API_KEY",
        "DIFY_BASE_URL",
        "STRIPE_API_KEY",
        "STRIPE_BASE_URL",
        "ZUORA_BASE_URL",
        "ZUORA_CLIENT_ID",
        "ZUORA_CLIENT_SECRET",
      ].sort(),
    );
    expect(stdout).toMatch(/^unset ZUORA_ENVIRONMENT ZUORA_ACCESS_TOKEN$/m);
    expect(stderr).toMatch(/^wfrun: mock server listening on http:\/\/127\.0\.0\.1:\d+$/m);
    expect(stderr).toMatch(/^wfrun: +dify +http:\/\/127\.0\.0\.1:\d+\/dify\/v1$/m);
    expect(stderr).toMatch(/^wfrun: copyai takes a workflow id first \(any will do\)/m);
    for (const provider of ["stripe", "dify", "zuora"]) {
      expect((await runCli(["get", provider, "run_succeeded"], env)).code).toBe(0);
    }
    expect((await runCli(["get", "copyai", "WCFG-1", "run_succeeded"], env)).code).toBe(0);

    controller.abort();
    expect(await exitCode).toBe(0);
    expect(stderr).toMatch(/mock server stopped\n$/);
    await expect(fetch(env.DIFY_BASE_URL!)).rejects.toThrow();
  });

  it("a second mock, started from a shell that sourced the first one's exports, prints its dummy keys", async () => {
    const sourced = {
      STRIPE_API_KEY: "sk_test_wfrun_mock",
      DIFY_API_KEY: "app-wfrun-mock",
      ZUORA_CLIENT_ID: "wfrun-mock-client",
      ZUORA_CLIENT_SECRET: "wfrun-mock-secret",
      COPYAI_API_KEY: "wfrun-mock-key",
    };
    const controller = new AbortController();
    let stdout = "";
    let printed: () => void;
    const ready = new Promise<void>((resolve) => (printed = resolve));
    const exitCode = run(["mock"], {
      stdout: { write: (chunk: string) => ((stdout += chunk), printed()) },
      stderr: { write: () => undefined },
      env: { ...sourced, DIFY_BASE_URL: "http://127.0.0.1:1/dify/v1" },
      signal: controller.signal,
    });
    await ready;
    controller.abort();
    expect(await exitCode).toBe(0);
    for (const [name, value] of Object.entries(sourced))
      expect(stdout).toContain(`export ${name}='${value}'`);
    expect(stdout).not.toContain("***");
  });

  it("a port in use exits 2 with a hint", async () => {
    const controller = new AbortController();
    let stderr = "";
    let started: () => void;
    const listening = new Promise<void>((resolve) => (started = resolve));
    const first = run(["mock"], {
      stdout: { write: () => started() },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env: {},
      signal: controller.signal,
    });
    await listening;
    const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)![1]!;
    const second = await runCli(["mock", "--port", port]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already in use/);
    controller.abort();
    expect(await first).toBe(0);
  });
});

describe("helpers", () => {
  it.each([
    ["600000ms", 600_000],
    ["600s", 600_000],
    ["10m", 600_000],
    ["1.5h", 5_400_000],
    ["5ms", 5],
  ])("parseDuration(%s) is %d ms", (text, ms) => {
    expect(parseDuration("--timeout", text, "watch")).toBe(ms);
  });

  it.each(["10", "10 min", "-5s", "1d", "", "s", "1e3ms", "999h"])("parseDuration refuses %j", (text) => {
    expect(() => parseDuration("--timeout", text, "watch")).toThrow(/--timeout/);
  });

  it.each([
    [850, "850 ms"],
    [1_842, "1.84 s"],
    [12_345, "12.3 s"],
    [64_513, "1 min 05 s"],
    [600_000, "10 min"],
    [11_220_000, "3 h 07 min"],
  ])("formatDuration(%d) is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("printable escapes control characters and keeps everything else", () => {
    expect(printable("a\u001b[31mb\r\nc\u2028 é ✓")).toBe("a\\u001b[31mb\\u000d\\u000ac\\u2028 é ✓");
  });
});
