#!/usr/bin/env node
// `pnpm test`: every check through turbo, then one closing line over every vitest summary turbo printed
// (replayed from the cache too), e.g. "812 passed, 0 failed". Exit code: turbo's.
import { spawn } from "node:child_process";
import { TURBO_QUIET_ENV } from "./lib/build-cli.mjs";
import { TEST_TASKS } from "./test-tasks.mjs";

export function sumVitestSummaries(log) {
  let passed = 0;
  let failed = 0;
  // "      Tests  3 failed | 27 passed (30)", colours stripped.
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!summary) continue;
    passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const turbo = spawn(
    "pnpm",
    ["exec", "turbo", "run", ...TEST_TASKS, "--concurrency=2", ...process.argv.slice(2)],
    {
      stdio: ["inherit", "pipe", "inherit"],
      // No telemetry or upgrade notices in the log.
      env: { ...process.env, ...TURBO_QUIET_ENV },
    },
  );
  let log = "";
  turbo.stdout.on("data", (chunk) => {
    log += chunk;
    process.stdout.write(chunk);
  });
  turbo.on("close", (code) => {
    const { passed, failed } = sumVitestSummaries(log);
    const other = code !== 0 && failed === 0 ? " (and a task other than a test failed: see above)" : "";
    process.stdout.write(`\n${passed} passed, ${failed} failed${other}\n`);
    process.exitCode = code ?? 1;
  });
}
