import { raceAbort } from "./abort.js";
import { ConfigError, UserAbortError, WaitTimeoutError } from "./errors.js";
import { isTerminal, type RunStatus } from "./model.js";
import { MAX_TIMER_MS } from "./options.js";
import { sleep } from "./retry.js";

/** The least a polled run must have: its normalized status (any `WorkflowRun` fits). */
export interface PolledRun {
  status: RunStatus;
  providerStatus?: string;
  provider?: string;
}

/** Time as `waitForRun` sees it; replace it to simulate hours of polling in milliseconds. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface WaitForRunOptions<Run extends PolledRun> {
  /** Required: the wait never sleeps past it and rejects with a `WaitTimeoutError` carrying the last run. */
  timeoutMs: number;
  /** The first delay between polls. Default 1 000 ms. */
  minDelayMs?: number | undefined;
  /** Delays grow by {@link WAIT_DEFAULTS.growth} per poll up to this. Default 30 000 ms. */
  maxDelayMs?: number | undefined;
  /** Stops the wait at once with a `UserAbortError`; also passed to `fetchRun`. */
  signal?: AbortSignal | undefined;
  /** Called with the first run and then whenever its status (or the vendor's status word) changes. */
  onProgress?: ((run: Run) => void) | undefined;
  /** Defaults to the real clock. */
  clock?: Clock | undefined;
}

export const WAIT_DEFAULTS = Object.freeze({
  minDelayMs: 1_000,
  maxDelayMs: 30_000,
  /** Each delay is this many times the previous one, until maxDelayMs. */
  growth: 1.5,
  /** Each delay is shortened by up to this fraction at random, so many waiters do not poll in lockstep. */
  jitter: 0.2,
});

const realClock: Clock = { now: () => Date.now(), sleep };

/**
 * Polls `fetchRun` until the run is terminal (`isTerminal(run.status)`) and resolves with that run, also
 * when it failed: the caller decides what a failure means. The first poll is immediate; then the delay
 * grows from `minDelayMs` to `maxDelayMs`. An error from `fetchRun` (after the client's own retries) ends
 * the wait with that error. `fetchRun` always gets an `AbortSignal` (the caller's, or one that never aborts),
 * so `({ signal }) => client.getWorkflowRun(id, { signal })` compiles under `exactOptionalPropertyTypes`.
 */
export async function waitForRun<Run extends PolledRun>(
  fetchRun: (context: { signal: AbortSignal }) => Promise<Run>,
  options: WaitForRunOptions<Run>,
): Promise<Run> {
  const { timeoutMs, minDelayMs, maxDelayMs } = checkOptions(options);
  const { signal, onProgress } = options;
  const clock = options.clock ?? realClock;
  const pollSignal = signal ?? new AbortController().signal;
  const deadline = clock.now() + timeoutMs;
  let delay = minDelayMs;
  let lastRun: Run | undefined;

  for (;;) {
    throwIfAborted(signal);
    const run = await raceAbort(
      fetchRun({ signal: pollSignal }),
      signal,
      () => new UserAbortError("waitForRun was aborted"),
    );
    if (
      lastRun === undefined ||
      run.status !== lastRun.status ||
      run.providerStatus !== lastRun.providerStatus
    ) {
      onProgress?.(run);
    }
    lastRun = run;
    if (isTerminal(run.status)) return run;

    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      const what = run.provider ? `The ${run.provider} run` : "The run";
      throw new WaitTimeoutError(
        `${what} did not finish within ${timeoutMs} ms (last status: ${run.providerStatus ?? run.status})`,
        timeoutMs,
        { lastRun: run, provider: run.provider },
      );
    }
    const jittered = delay * (1 - Math.random() * WAIT_DEFAULTS.jitter);
    await clock.sleep(Math.min(jittered, remaining), signal).catch((cause: unknown) => {
      throw new UserAbortError("waitForRun was aborted", { cause });
    });
    delay = Math.min(delay * WAIT_DEFAULTS.growth, maxDelayMs);
  }
}

function checkOptions<Run extends PolledRun>(options: WaitForRunOptions<Run>) {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError("waitForRun: pass options with `timeoutMs`", "timeoutMs");
  }
  const duration = (name: "timeoutMs" | "minDelayMs" | "maxDelayMs", fallback?: number): number => {
    const value = options[name] ?? fallback;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new ConfigError(`waitForRun: \`${name}\` must be a positive number of milliseconds`, name);
    }
    // A delay is a timer, and a longer timer fires at once: the wait would turn into a tight polling loop.
    if (name !== "timeoutMs" && value > MAX_TIMER_MS) {
      throw new ConfigError(
        `waitForRun: \`${name}\` must be at most ${MAX_TIMER_MS} ms (about 24.8 days)`,
        name,
      );
    }
    return value;
  };
  const timeoutMs = duration("timeoutMs");
  const minDelayMs = duration("minDelayMs", WAIT_DEFAULTS.minDelayMs);
  const maxDelayMs = duration("maxDelayMs", Math.max(WAIT_DEFAULTS.maxDelayMs, minDelayMs));
  if (minDelayMs > maxDelayMs) {
    throw new ConfigError("waitForRun: `minDelayMs` must not be above `maxDelayMs`", "minDelayMs");
  }
  if (timeoutMs < minDelayMs) {
    throw new ConfigError("waitForRun: `timeoutMs` must not be below `minDelayMs`", "timeoutMs");
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new ConfigError("waitForRun: `onProgress` must be a function", "onProgress");
  }
  return { timeoutMs, minDelayMs, maxDelayMs };
}

function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new UserAbortError("waitForRun was aborted", { cause: signal.reason });
}
