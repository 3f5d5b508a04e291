import { randomUUID } from "node:crypto";
import type { RunStage } from "./runs.js";
import type { MockProvider } from "./types.js";

/** Where a started run is: the lifecycle stages, or stopped by a stop request. */
export type LiveStage = RunStage | "stopped";

/** A run that a start request created. */
export interface StoredRun {
  provider: MockProvider;
  id: string;
  workflowId: string;
  /** Creation order, for newest-first lists and stable pagination. */
  seq: number;
  createdAt: Date;
  inputs: Record<string, unknown>;
  metadata: Record<string, unknown> | null;
  /** Where the run ends unless stopped: `failed` when its inputs ask for it ({@link OUTCOME_INPUT}). */
  outcome: "succeeded" | "failed";
  /** GETs of this run so far: each one moves it a stage further, as the built-in `run_progress` does. */
  views: number;
  /** The stage it was stopped in, or null. */
  stoppedAt: RunStage | null;
  /** A second id some vendors give a run (Dify's task id). */
  taskId: string;
  /** The stage a run shows whatever its GETs, while something else drives it (a Dify event stream). */
  pinned: LiveStage | null;
}

/** Start a run with this input set to `"failed"` and it ends failed instead of succeeded. */
export const OUTCOME_INPUT = "wfrun_mock_outcome";
/** Runs kept per provider; the oldest is forgotten (with its idempotency key) when a start passes this. */
export const MAX_STORED_RUNS = 1000;

export interface StartRequest {
  workflowId: string;
  inputs: Record<string, unknown>;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | undefined;
}

/** The runs a mock server's start requests created, per provider, bounded. */
export class RunStore {
  #runs = new Map<MockProvider, Map<string, StoredRun>>();
  #keys = new Map<string, string>();
  #seq = 0;

  /** Creates a run, or returns the one an earlier start with the same idempotency key created. */
  start(
    provider: MockProvider,
    request: StartRequest,
    newId: () => string,
  ): { run: StoredRun; replayed: boolean } {
    const keyId =
      request.idempotencyKey === undefined ? undefined : `${provider}\u0000${request.idempotencyKey}`;
    const earlier = keyId === undefined ? undefined : this.find(provider, this.#keys.get(keyId) ?? "");
    if (earlier) return { run: earlier, replayed: true };
    const runs = this.#of(provider);
    const run: StoredRun = {
      provider,
      id: newId(),
      workflowId: request.workflowId,
      seq: ++this.#seq,
      createdAt: new Date(),
      inputs: request.inputs,
      metadata: request.metadata ?? null,
      outcome: request.inputs[OUTCOME_INPUT] === "failed" ? "failed" : "succeeded",
      views: 0,
      stoppedAt: null,
      taskId: randomUUID(),
      pinned: null,
    };
    runs.set(run.id, run);
    if (keyId !== undefined) this.#keys.set(keyId, run.id);
    if (runs.size > MAX_STORED_RUNS) this.#forget(provider, runs.keys().next().value as string);
    return { run, replayed: false };
  }

  find(provider: MockProvider, id: string): StoredRun | undefined {
    return this.#runs.get(provider)?.get(id);
  }

  findByTask(provider: MockProvider, taskId: string): StoredRun | undefined {
    for (const run of this.#of(provider).values()) if (run.taskId === taskId) return run;
    return undefined;
  }

  /** Every run of the provider, newest first. */
  list(provider: MockProvider): StoredRun[] {
    return [...this.#of(provider).values()].reverse();
  }

  clear(): void {
    this.#runs.clear();
    this.#keys.clear();
  }

  #of(provider: MockProvider): Map<string, StoredRun> {
    let runs = this.#runs.get(provider);
    if (!runs) this.#runs.set(provider, (runs = new Map<string, StoredRun>()));
    return runs;
  }

  #forget(provider: MockProvider, id: string): void {
    this.#runs.get(provider)?.delete(id);
    for (const [key, runId] of this.#keys)
      if (runId === id && key.startsWith(`${provider}\u0000`)) this.#keys.delete(key);
  }
}

/** The stage a run shows now: the vendor's `progress` indexed by its GETs, ending in its outcome, or stopped. */
export function stageOf(run: StoredRun, progress: readonly RunStage[]): LiveStage {
  if (run.stoppedAt !== null) return "stopped";
  if (run.pinned !== null) return run.pinned;
  const index = Math.min(Math.max(run.views, 1), progress.length) - 1;
  const stage = progress[index] ?? "succeeded";
  return stage === "succeeded" || stage === "failed" ? run.outcome : stage;
}
