import type { WorkflowRun } from "@wfrun/core";

/** The run as JSON (raw payload included), parseable back into the same `WorkflowRun`. */
export function formatRunJson(run: WorkflowRun): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}

/** A short summary for people: one `label: value` line per field that matters, `-` for what is unknown. */
export function formatRunSummary(run: WorkflowRun): string {
  const rows: [string, string][] = [
    ["provider", run.provider],
    ["id", run.id],
    ["workflow", run.workflowId ?? "-"],
    ["status", `${run.status} (${run.provider}: ${vendorWord(run)})`],
    ["created", run.createdAt ?? "-"],
    ["started", run.startedAt ?? "-"],
    ["finished", run.finishedAt ?? "-"],
    ["duration", run.durationMs === null ? "-" : formatDuration(run.durationMs)],
  ];
  const usage = formatUsage(run);
  if (usage !== "") rows.push(["usage", usage]);
  if (run.error !== null) {
    const message = run.error.message ?? "(no message)";
    rows.push(["error", run.error.code ? `${run.error.code}: ${message}` : message]);
  }
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${printable(value)}\n`).join("");
}

/** One line per change of status while watching: time since the watch began, status, the vendor's word. */
export function formatProgress(run: WorkflowRun, elapsedMs: number): string {
  return (
    printable(`[${formatElapsed(elapsedMs)}] ${run.status} (${run.provider}: ${vendorWord(run)})`) + "\n"
  );
}

/** The vendor's status word; Copy.ai may send none at all. */
function vendorWord(run: WorkflowRun): string {
  return run.providerStatus === "" ? "no status" : run.providerStatus;
}

function formatUsage({ usage }: WorkflowRun): string {
  const parts: string[] = [];
  if (usage.tokens !== undefined) parts.push(`${usage.tokens} tokens`);
  if (usage.steps !== undefined) parts.push(`${usage.steps} steps`);
  if (usage.credits !== undefined) parts.push(`${usage.credits} credits`);
  return parts.join(", ");
}

/** 850 ms, 1.23 s, 12.3 s, 4 min 05 s, 10 min, 3 h 07 min. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1_000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1_000);
  if (totalSeconds < 3_600) return pair(Math.floor(totalSeconds / 60), "min", totalSeconds % 60, "s");
  const totalMinutes = Math.floor(totalSeconds / 60);
  return pair(Math.floor(totalMinutes / 60), "h", totalMinutes % 60, "min");
}

/** `4 min 05 s`, or `10 min` when the smaller unit is zero. */
function pair(big: number, bigUnit: string, small: number, smallUnit: string): string {
  return small === 0
    ? `${big} ${bigUnit}`
    : `${big} ${bigUnit} ${String(small).padStart(2, "0")} ${smallUnit}`;
}

/** `+1.2s`, `+75.0s`: progress lines stay aligned and sortable. */
function formatElapsed(ms: number): string {
  return `+${(ms / 1_000).toFixed(1)}s`;
}

/**
 * Vendor text with control characters escaped: a status word or error message holding ANSI escapes or
 * carriage returns must not repaint the terminal or forge lines in a CI log.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
