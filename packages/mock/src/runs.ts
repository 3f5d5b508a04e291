/** Where a run is in its vendor's lifecycle, independent of how the vendor names it. */
export type RunStage = "queued" | "running" | "succeeded" | "failed";

/** What the mock answers to one GET of a run. */
export type RunOutcome =
  | { kind: "run"; stage: RunStage }
  | { kind: "rate_limited" }
  | { kind: "unavailable" }
  | { kind: "not_found" }
  | { kind: "moved"; to: string };

/** How many GETs answer 429 before `run_rate_limited` succeeds (a client with 2 retries gets through). */
const RATE_LIMITED_GETS = 2;
/** How many GETs answer 503 before `run_flaky` succeeds. */
const FLAKY_GETS = 1;

const SCENARIOS = {
  run_succeeded: () => ({ kind: "run", stage: "succeeded" }),
  run_failed: () => ({ kind: "run", stage: "failed" }),
  run_progress: (get, progress) => ({
    kind: "run",
    stage: progress[Math.min(get, progress.length) - 1] ?? "succeeded",
  }),
  run_rate_limited: (get) =>
    get <= RATE_LIMITED_GETS ? { kind: "rate_limited" } : { kind: "run", stage: "succeeded" },
  run_flaky: (get) => (get <= FLAKY_GETS ? { kind: "unavailable" } : { kind: "run", stage: "succeeded" }),
  run_missing: () => ({ kind: "not_found" }),
  run_moved: () => ({ kind: "moved", to: "run_succeeded" }),
} satisfies Record<string, (get: number, progress: readonly RunStage[]) => RunOutcome>;

/** The run ids every provider knows; any other id is not found. */
export const MOCK_RUN_IDS: readonly string[] = Object.freeze(Object.keys(SCENARIOS));

/**
 * The outcome of the `get`-th GET (counting from 1) of `runId`. `progress` is the vendor's lifecycle, one stage
 * per GET, ending in a terminal stage that later GETs repeat.
 */
export function outcomeOf(runId: string, get: number, progress: readonly RunStage[]): RunOutcome {
  if (!Object.hasOwn(SCENARIOS, runId)) return { kind: "not_found" };
  return SCENARIOS[runId as keyof typeof SCENARIOS](get, progress);
}
