import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { json, specExample, startServer } from "@wfrun/testkit";
import { describe, expect, it } from "vitest";
import { KEYS } from "./__fixtures__/cli.js";

// The built bin, as npm installs it: turbo builds this package before its tests (see turbo.json).
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const BASE_ENV = { PATH: process.env.PATH ?? "" };

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout or stderr matches. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp): Promise<void>;
}

function spawnBin(argv: readonly string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [BIN, ...argv], { env, stdio: ["ignore", "pipe", "pipe"] });
  const text = { stdout: "", stderr: "" };
  const waiters: (() => void)[] = [];
  for (const stream of ["stdout", "stderr"] as const) {
    child[stream].setEncoding("utf8").on("data", (chunk: string) => {
      text[stream] += chunk;
      for (const check of [...waiters]) check();
    });
  }
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    exit,
    waitFor: (stream, pattern) =>
      new Promise((resolve, reject) => {
        const check = () => pattern.test(text[stream]) && resolve();
        waiters.push(check);
        check();
        void exit.then(() => reject(new Error(`exited before ${pattern}: ${text.stderr}`)));
      }),
  };
}

describe("the built bin, as a real process", () => {
  it("starts with a node shebang and prints the version", async () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const version = spawnBin(["--version"], BASE_ENV);
    expect(await version.exit).toEqual({ code: 0, signal: null });
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(version.stdout()).toBe(`${manifest.version}\n`);
  });

  it("mock prints exports that get and watch use, and SIGTERM stops it with exit 0", async () => {
    const mock = spawnBin(["mock"], BASE_ENV);
    try {
      await mock.waitFor("stdout", /COPYAI_API_KEY=.*\n/);
      const env = { ...BASE_ENV } as Record<string, string>;
      for (const [, name, value] of mock.stdout().matchAll(/^export (\w+)='([^']*)'$/gm)) env[name!] = value!;

      const get = spawnBin(["get", "stripe", "run_succeeded", "--json"], env);
      expect(await get.exit).toEqual({ code: 0, signal: null });
      expect(JSON.parse(get.stdout())).toMatchObject({ provider: "stripe", status: "succeeded" });

      const watch = spawnBin(
        ["watch", "zuora", "run_failed", "--min-delay", "5ms", "--max-delay", "10ms"],
        env,
      );
      expect((await watch.exit).code).toBe(1);
      expect(watch.stderr()).toMatch(/the zuora run ended failed/);

      const missingKey = spawnBin(["get", "dify", "run_succeeded"], { ...env, DIFY_API_KEY: "" });
      expect((await missingKey.exit).code).toBe(2);
      expect(missingKey.stderr()).toMatch(/DIFY_API_KEY is not set/);
    } finally {
      mock.child.kill("SIGTERM");
    }
    expect(await mock.exit).toEqual({ code: 0, signal: null });
    expect(mock.stderr()).toMatch(/mock server stopped\n$/);
  });

  it("Ctrl-C (SIGINT) stops a watch cleanly with exit 130, without printing keys", async () => {
    const running = { ...(specExample("dify", "200", "succeeded") as object), status: "running" };
    const server = await startServer((_request, res) => json(res, 200, running));
    try {
      const watch = spawnBin(["watch", "dify", "run-1", "--base-url", server.url], { ...BASE_ENV, ...KEYS });
      await watch.waitFor("stderr", /\] running \(dify: running\)\n/);
      const interruptedAt = Date.now();
      watch.child.kill("SIGINT");
      expect(await watch.exit).toEqual({ code: 130, signal: null });
      expect(Date.now() - interruptedAt).toBeLessThan(2_000);
      expect(watch.stderr()).toMatch(/^wfrun: interrupted$/m);
      for (const key of Object.values(KEYS)) expect(watch.stderr() + watch.stdout()).not.toContain(key);
    } finally {
      await server.close();
    }
  });
});
