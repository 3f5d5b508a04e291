import { setTimeout as delay } from "node:timers/promises";
import { TimeoutError, waitForRun, WaitTimeoutError, WAIT_DEFAULTS, type WorkflowRun } from "@wfrun/core";
import { parseCommandArgs, parseDuration, RUN_OPTIONS, runFormat } from "../args.js";
import { colorEnabled, paint, parseColorMode } from "../color.js";
import { debugLogger, verboseWanted } from "../debug.js";
import { EXIT, UsageError } from "../exit.js";
import { formatDuration, formatRuns, formatStatus } from "../format.js";
import { WATCH_HELP } from "../help.js";
import { createProgress } from "../progress.js";
import { connect, parseTargets } from "../providers.js";
import type { CommandContext } from "./context.js";

const DEFAULT_WATCH_TIMEOUT_MS = 600_000;
/**
 * How long the last poll may take past --timeout. Each request is bounded by the time left (so a hanging
 * server cannot keep a CI job for minutes of retries), plus this, so the poll due at the deadline still runs.
 */
const LAST_POLL_GRACE_MS = 5_000;
/** Off a terminal, a line at least this often: CI jobs with a no-output timeout must not kill a long watch. */
const HEARTBEAT_MS = 60_000;

export async function watchCommand(argv: readonly string[], { io, output, onTarget }: CommandContext) {
  const { values, positionals } = parseCommandArgs("watch", argv, {
    ...RUN_OPTIONS,
    "min-delay": { type: "string" },
    "max-delay": { type: "string" },
    quiet: { type: "boolean", short: "q" },
  });
  if (values.help) {
    output.out(WATCH_HELP);
    return EXIT.ok;
  }
  const [target] = parseTargets("watch", positionals);
  onTarget(target);
  const format = runFormat(values, "watch");
  const delays = readDelays(values);
  const colors = parseColorMode(values.color, "watch");
  const errPaint = paint(colorEnabled(colors, io.stderr, io.env));
  const progress = createProgress({
    write: output.err,
    live: io.stderr.isTTY === true,
    paint: errPaint,
    heartbeatMs: HEARTBEAT_MS,
    quiet: values.quiet === true,
  });
  const logger = verboseWanted(values.verbose, io.env) ? debugLogger(progress.log) : undefined;
  const print = (run: WorkflowRun) =>
    output.out(formatRuns([run], format, false, paint(colorEnabled(colors, io.stdout, io.env))));

  const startedAt = Date.now();
  const deadline = startedAt + delays.timeoutMs;
  let lastRun: WorkflowRun | undefined;
  try {
    const fetchRun = await connect(target.provider, {
      env: io.env,
      secrets: output.secrets,
      baseUrl: values["base-url"],
      logger,
    });
    if (!values.quiet) {
      const what = `${target.provider} run ${target.ids.join(" ")}`;
      progress.log(`wfrun: watching the ${what} (timeout ${formatDuration(delays.timeoutMs)})\n`);
    }
    const run = await waitForRun(
      async ({ signal }) => {
        const deadlineMs =
          Math.max(deadline - Date.now(), 0) + Math.min(LAST_POLL_GRACE_MS, delays.timeoutMs);
        lastRun = await fetchRun(target.ids, { signal, deadlineMs });
        return lastRun;
      },
      {
        ...delays,
        signal: io.signal,
        onProgress: progress.changed,
        clock: {
          now: () => Date.now(),
          sleep: async (ms, signal) => {
            progress.pollIn(ms);
            logger?.debug(`next poll in ${formatDuration(ms)}`, {});
            await delay(ms, undefined, { signal });
          },
        },
      },
    );
    progress.stop();
    print(run);
    if (run.status === "succeeded") return EXIT.ok;
    output.err(`wfrun: the ${run.provider} run ended ${formatStatus(run, errPaint)}\n`);
    return EXIT.runNotSucceeded;
  } catch (error) {
    progress.stop();
    if (!(error instanceof WaitTimeoutError || error instanceof TimeoutError)) throw error;
    // What the run looked like when time ran out is what a CI log needs next to the timeout.
    if (lastRun !== undefined) print(lastRun);
    if (error instanceof WaitTimeoutError || Date.now() < deadline) throw error;
    // A request cut short by the watch's own deadline: report the watch's timeout, not the request's.
    const last = lastRun === undefined ? "no answer yet" : `last status: ${lastRun.providerStatus}`;
    throw new WaitTimeoutError(
      `The ${target.provider} run did not finish within ${delays.timeoutMs} ms (${last})`,
      delays.timeoutMs,
      { lastRun, provider: target.provider, cause: error },
    );
  }
}

interface Delays {
  timeoutMs: number;
  minDelayMs: number;
  maxDelayMs: number;
}

/** Unset delays adapt to the ones given, so `--max-delay 50ms` alone or `--timeout 500ms` alone just work. */
function readDelays(values: { timeout?: string; "min-delay"?: string; "max-delay"?: string }): Delays {
  const duration = (flag: "timeout" | "min-delay" | "max-delay") => {
    const value = values[flag];
    return value === undefined ? undefined : parseDuration(`--${flag}`, value, "watch");
  };
  const timeoutMs = duration("timeout") ?? DEFAULT_WATCH_TIMEOUT_MS;
  const givenMin = duration("min-delay");
  const givenMax = duration("max-delay");
  const minDelayMs = givenMin ?? Math.min(WAIT_DEFAULTS.minDelayMs, givenMax ?? Infinity, timeoutMs);
  const maxDelayMs = givenMax ?? Math.max(WAIT_DEFAULTS.maxDelayMs, minDelayMs);
  if (minDelayMs > maxDelayMs)
    throw new UsageError("--min-delay must not be longer than --max-delay", "watch");
  if (minDelayMs > timeoutMs) throw new UsageError("--min-delay must not be longer than --timeout", "watch");
  return { timeoutMs, minDelayMs, maxDelayMs };
}
