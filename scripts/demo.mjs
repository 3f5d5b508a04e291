#!/usr/bin/env node
// `pnpm demo`: the main job in one command. Builds the CLI (turbo: cached after the first time), starts
// @wfrun/mock on a free loopback port, and drives the real `wfrun` bin against it: one moving run per vendor
// watched side by side, then a normalized table of the four vendors' runs. Exit 0 only if every run behaved
// as the mock documents; the mock stops on exit and on Ctrl-C.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildCli } from "./lib/build-cli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/cli/dist/bin.js");
const VENDORS = ["stripe", "dify", "zuora", "copyai"];
const COPYAI_WORKFLOW = "WCFG-demo";
const TABLE_RUNS = {
  run_succeeded: "succeeded",
  run_failed: "failed",
  run_rate_limited: "succeeded",
  run_missing: "404",
};
const COLUMN = 30;
const children = new Set();
let mock;

process.on("SIGINT", () => stop(130));
process.on("SIGTERM", () => stop(143));

async function stop(code) {
  for (const child of children) child.kill("SIGTERM");
  await mock?.close();
  process.exit(code);
}

function say(line = "") {
  process.stdout.write(`${line}\n`);
}

function build() {
  say("demo: building the CLI and what it needs (turbo replays it from cache after the first time)");
  buildCli("demo", 1);
}

// The same variables `wfrun mock` prints; every inherited vendor variable is dropped so that no real key or
// host can be reached from the demo.
function mockEnv(baseUrls) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(STRIPE|DIFY|ZUORA|COPYAI)_/.test(name)),
  );
  return {
    ...env,
    NO_COLOR: "1",
    STRIPE_BASE_URL: baseUrls.stripe,
    STRIPE_API_KEY: "sk_test_wfrun_demo",
    DIFY_BASE_URL: baseUrls.dify,
    DIFY_API_KEY: "app-wfrun-demo",
    ZUORA_BASE_URL: baseUrls.zuora,
    ZUORA_CLIENT_ID: "wfrun-demo-client",
    ZUORA_CLIENT_SECRET: "wfrun-demo-secret",
    COPYAI_BASE_URL: baseUrls.copyai,
    COPYAI_API_KEY: "wfrun-demo-key",
  };
}

function wfrun(args, env, onStderrLine) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const lines = stderr.split("\n");
      stderr = lines.pop();
      for (const line of lines) onStderrLine?.(line);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      children.delete(child);
      if (stderr) onStderrLine?.(stderr);
      resolvePromise({ code, stdout });
    });
  });
}

const idsOf = (vendor, runId) => (vendor === "copyai" ? [COPYAI_WORKFLOW, runId] : [runId]);
const cell = (text) => (text.length > COLUMN - 2 ? `${text.slice(0, COLUMN - 3)}…` : text).padEnd(COLUMN);
const row = (first, cells) => `${first.padEnd(18)}${cells.map(cell).join("")}`.trimEnd();

async function watchSideBySide(env) {
  say("\n$ wfrun watch <vendor> run_progress   (four at once, one column each)\n");
  say(row("elapsed", VENDORS));
  const latest = Object.fromEntries(VENDORS.map((vendor) => [vendor, "…"]));
  const started = Date.now();
  const watches = VENDORS.map((vendor) => {
    const args = [
      "watch",
      vendor,
      ...idsOf(vendor, "run_progress"),
      "--min-delay",
      "600ms",
      "--max-delay",
      "1s",
    ];
    return wfrun(args, env, (line) => {
      // Progress lines look like "[+0.5s] running (zuora: Processing)".
      const progress = /^\[\+[\d.]+s\] (\S+) \(\w+: (.*)\)$/.exec(line);
      if (!progress) return;
      latest[vendor] = `${progress[1]} (${progress[2]})`;
      const elapsed = ((Date.now() - started) / 1000).toFixed(1);
      say(
        row(
          `+${elapsed}s ${vendor}`,
          VENDORS.map((name) => latest[name]),
        ),
      );
    });
  });
  const codes = (await Promise.all(watches)).map(({ code }) => code);
  say(row("exit code", codes.map(String)));
  return codes.every((code) => code === 0);
}

async function normalizedTable(env) {
  say("\n$ wfrun get <vendor> <run> --json   (the normalized status; the vendor's own word in brackets)\n");
  say(row("run", VENDORS));
  let asExpected = true;
  for (const [runId, expected] of Object.entries(TABLE_RUNS)) {
    const results = await Promise.all(
      VENDORS.map((vendor) => wfrun(["get", vendor, ...idsOf(vendor, runId), "--json"], env)),
    );
    const cells = results.map(({ code, stdout }, index) => {
      if (code !== 0) {
        asExpected &&= expected === "404" && code === 3;
        const seen = statusesSeen(VENDORS[index], runId);
        return `${seen.includes(404) ? "not found, 404" : seen.join(", ") || "no answer"} (exit ${code})`;
      }
      const run = JSON.parse(stdout);
      asExpected &&= run.status === expected;
      const refused = statusesSeen(VENDORS[index], runId).filter((status) => status !== 200);
      const after =
        refused.length > 0 ? ` after ${refused.length}×${refused[0]}` : ` (${run.providerStatus})`;
      return `${run.status}${after}`;
    });
    say(row(runId, cells));
  }
  return asExpected;
}

// What the mock answered for one run of one vendor, from its request log (the CLI retries on its own).
function statusesSeen(vendor, runId) {
  return mock.requests
    .filter((request) => request.provider === vendor && request.path.endsWith(`/${runId}`))
    .map((request) => request.status);
}

build();
const { startMockServer } = await import(pathToFileURL(join(root, "packages/mock/dist/index.js")).href);
mock = await startMockServer({ host: "127.0.0.1", port: 0 });
say(`demo: @wfrun/mock listening on ${mock.url} (stopped when the demo ends or on Ctrl-C)`);
let ok = false;
try {
  const env = mockEnv(mock.baseUrls);
  const watched = await watchSideBySide(env);
  const tabled = await normalizedTable(env);
  ok = watched && tabled;
} finally {
  await mock.close();
}
say(
  ok ? "\ndemo: every run behaved as documented; mock stopped" : "\ndemo: a run did not behave as documented",
);
process.exitCode = ok ? 0 : 1;
