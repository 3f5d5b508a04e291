#!/usr/bin/env node
// `pnpm wfrun <args>`: the CLI from a checkout. Builds it first (a cached no-op once built; build output goes
// to stderr only on failure, so stdout stays the CLI's own), then runs the real bin with the same arguments,
// stdio and exit code.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "./lib/build-cli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
buildCli("wfrun", 70);

// pnpm runs this from the workspace root; the user's own directory is INIT_CWD.
const child = spawn(process.execPath, [join(root, "packages/cli/dist/bin.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
// Ctrl-C reaches the whole process group already; a SIGTERM sent to this process alone is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("close", (code, signal) => {
  process.exitCode = code ?? (signal === "SIGTERM" ? 143 : 130);
});
