/**
 * The shared model: one shape for a workflow run from any vendor. Types only, plus `isTerminal`; the
 * per-vendor mappers that build it live in @wfrun/normalize.
 */

/** Every status a normalized run can have. */
export const RUN_STATUSES = [
  "queued",
  "running",
  "waiting",
  "succeeded",
  "partially_succeeded",
  "failed",
  "canceled",
  "unknown",
] as const;

/**
 * - `queued`: accepted, not started.
 * - `running`: executing (a vendor's own retrying included).
 * - `waiting`: paused on something outside the run (human input, resources); not terminal.
 * - `succeeded`, `partially_succeeded` (some steps failed), `failed`, `canceled`: terminal.
 * - `unknown`: a vendor status this version does not know yet; not terminal, never a crash.
 */
export type RunStatus = (typeof RUN_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<RunStatus> = new Set<RunStatus>([
  "succeeded",
  "partially_succeeded",
  "failed",
  "canceled",
]);

/** True when a run in this status will not change again. */
export function isTerminal(status: RunStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

export interface RunError {
  message: string | null;
  code?: string;
}

export interface RunUsage {
  tokens?: number;
  steps?: number;
  credits?: number;
}

/** A workflow run from any vendor, in one shape. Survives `JSON.parse(JSON.stringify(run))` unchanged. */
export interface WorkflowRun<P extends string = string, Raw = unknown> {
  /** `"stripe"`, `"dify"`, `"zuora"`, `"copyai"` or a user's own. */
  provider: P;
  /** Always a string, also for vendors with numeric ids. */
  id: string;
  workflowId: string | null;
  status: RunStatus;
  /** The vendor's own status word, unchanged. */
  providerStatus: string;
  /** ISO 8601 UTC timestamps, or null when the vendor sent none or one that could not be read. */
  createdAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  inputs: Record<string, unknown> | null;
  outputs: Record<string, unknown> | null;
  error: RunError | null;
  usage: RunUsage;
  /** The vendor payload as received: nothing is lost. */
  raw: Raw;
}
