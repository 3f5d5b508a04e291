// The benchmark is not run in `pnpm test` (its figures need a quiet machine); this few-iteration run is, so
// the bench cannot rot: every contender must start, answer the right run and be reported.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("runs every contender of the transport bench", async () => {
  const script = fileURLToPath(new URL("./transport.bench.mjs", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, "--smoke"], { timeout: 60_000 });
  const report = JSON.parse(stdout.slice(stdout.lastIndexOf("JSON ") + 5)) as {
    rows: { name: string; us: number; rps: number }[];
  };
  expect(report.rows.map((row) => row.name)).toEqual([
    "fetch",
    "undici",
    "stripe-node",
    "wfrun-node",
    "wfrun-fetch",
  ]);
  for (const row of report.rows) {
    expect(row.us).toBeGreaterThan(0);
    expect(row.rps).toBeGreaterThan(0);
  }
}, 90_000);
