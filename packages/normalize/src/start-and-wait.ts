import { waitForRun, type PolledRun, type WaitForRunOptions } from "@wfrun/core";

/** `waitForRun`'s options, and `onStarted`, told of the new run as soon as the vendor has created it. */
export type StartAndWaitOptions<Run extends PolledRun, Started> = WaitForRunOptions<Run> & {
  onStarted?: (started: Started) => void;
};

/**
 * Starts a run, then polls it until it ends: what every `startAndWait…` helper does with its vendor's calls.
 * The start gets the wait's signal; the wait's `timeoutMs` counts from when the start has answered.
 */
export async function startThenWait<Run extends PolledRun, Started>(
  start: (signal: AbortSignal | undefined) => Promise<Started>,
  poll: (started: Started, signal: AbortSignal | undefined) => Promise<Run>,
  options: StartAndWaitOptions<Run, Started>,
): Promise<Run> {
  const { onStarted, ...wait } = options;
  const started = await start(wait.signal);
  onStarted?.(started);
  return waitForRun(({ signal }) => poll(started, signal), wait);
}
