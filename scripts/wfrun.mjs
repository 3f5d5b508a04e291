#!/usr/bin/env node
// `pnpm wfrun <args>`: the CLI from a checkout. Builds it first (a cached no-op once built; build output goes
// to stderr only on failure, so stdout stays the CLI's own), then runs the real bin with the same arguments,
// stdio and exit code.
import { execFileSync, spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
try {
  execFileSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@wfrun/cli", "--output-logs=errors-only"],
    {
      cwd: root,
      stdio: "pipe",
      env: {
        ...process.env,
        TURBO_TELEMETRY_DISABLED: "1",
        TURBO_NO_UPDATE_NOTIFIER: "1",
        DO_NOT_TRACK: "1",
      },
    },
  );
} catch (error) {
  process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}wfrun: building the CLI failed\n`);
  process.exit(70);
}

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
