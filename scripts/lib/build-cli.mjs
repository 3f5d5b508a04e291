// Builds @wfrun/cli and what it depends on through turbo (a cached no-op once built), quietly: the build's
// output is printed only when it fails, then the process exits with `exitCode`.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
export const TURBO_QUIET_ENV = {
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  DO_NOT_TRACK: "1",
};

export function buildCli(who, exitCode) {
  try {
    execFileSync(
      "pnpm",
      ["exec", "turbo", "run", "build", "--filter=@wfrun/cli", "--output-logs=errors-only"],
      {
        cwd: root,
        stdio: "pipe",
        env: { ...process.env, ...TURBO_QUIET_ENV },
      },
    );
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}${who}: building the CLI failed\n`);
    process.exit(exitCode);
  }
}
