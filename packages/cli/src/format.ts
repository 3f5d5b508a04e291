import { isTerminal, type WorkflowRun } from "@wfrun/core";
import { paint as makePaint, type Paint } from "./color.js";

const PLAIN = makePaint(false);

/** What `get` and `watch` print on stdout: a summary for people, the run as JSON, or the vendor's payload. */
export type RunFormat = "summary" | "json" | "raw";

/**
 * The runs in one document: summaries separated by a blank line; with `json` or `raw` one JSON value, the run
 * itself for one id and an array for several (`JSON.parse` gives the `WorkflowRun`s, or the vendor payloads).
 */
export function formatRuns(runs: readonly WorkflowRun[], format: RunFormat, several: boolean, paint = PLAIN) {
  if (format === "summary") return runs.map((run) => formatRunSummary(run, paint)).join("\n");
  const values = format === "raw" ? runs.map((run) => run.raw) : runs;
  return `${JSON.stringify(several ? values : values[0], null, 2)}\n`;
}

/** A short summary for people: one `label: value` line per field that matters, `-` for what is unknown. */
function formatRunSummary(run: WorkflowRun, paint: Paint = PLAIN): string {
  const rows: [string, string][] = [
    ["provider", printable(run.provider)],
    ["id", printable(run.id)],
    ["workflow", printable(run.workflowId ?? "-")],
    ["status", formatStatus(run, paint)],
    ["created", printable(run.createdAt ?? "-")],
    ["started", printable(run.startedAt ?? "-")],
    ["finished", printable(run.finishedAt ?? "-")],
    ["duration", durationText(run)],
  ];
  const usage = formatUsage(run);
  if (usage !== "") rows.push(["usage", usage]);
  if (run.error !== null) {
    const message = run.error.message ?? `${run.provider} does not say why`;
    rows.push(["error", printable(run.error.code ? `${run.error.code}: ${message}` : message)]);
  }
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}\n`).join("");
}

/** A queued run has not started: no duration. A running one's duration is only how long it has run so far. */
function durationText(run: WorkflowRun): string {
  if (run.durationMs === null || run.status === "queued") return "-";
  const text = formatDuration(run.durationMs);
  return isTerminal(run.status) ? text : `${text} so far`;
}

/** `running (dify: running)`: wfrun's status, and the vendor's own word in brackets. */
export function formatStatus(run: WorkflowRun, paint: Paint = PLAIN): string {
  return `${paint.status(run.status, run.status)} (${printable(`${run.provider}: ${vendorWord(run)}`)})`;
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
export function formatElapsed(ms: number): string {
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
