import type { WorkflowRun } from "@wfrun/core";
import type { Paint } from "./color.js";
import { formatDuration, formatElapsed, formatStatus } from "./format.js";

export interface ProgressOptions {
  /** Where progress goes (stderr, redacted). */
  write: (text: string) => void;
  /** On a terminal: one live line, redrawn every second, under the lines that stay. */
  live: boolean;
  paint: Paint;
  /** Off a terminal: a line this often while nothing changes, so CI no-output timeouts do not fire. */
  heartbeatMs: number;
  /** No status lines at all (messages and debug lines still pass). */
  quiet: boolean;
}

/** What `watch` shows while it waits: status changes, the live line or the heartbeat, and other messages. */
export interface Progress {
  /** The run changed status. */
  changed: (run: WorkflowRun) => void;
  /** The next poll is due in `ms`. */
  pollIn: (ms: number) => void;
  /** A line of its own (a debug line, a message), printed without breaking the live line. */
  log: (text: string) => void;
  /** Removes the live line and stops every timer. */
  stop: () => void;
}

const CLEAR_LINE = "\r\u001b[2K";
const REDRAW_MS = 1_000;

export function createProgress(options: ProgressOptions): Progress {
  const { write, paint, heartbeatMs, quiet } = options;
  const live = options.live && !quiet;
  const startedAt = Date.now();
  let current: WorkflowRun | undefined;
  let nextPollAt: number | undefined;
  let drawn = false;
  let heartbeat: ReturnType<typeof setTimeout> | undefined;

  const elapsed = () => paint.dim(`[${formatElapsed(Date.now() - startedAt)}]`);
  const nextPoll = () => {
    const seconds = nextPollAt === undefined ? 0 : Math.ceil((nextPollAt - Date.now()) / 1_000);
    if (seconds <= 0) return "polling";
    return `next poll in ${seconds < 60 ? `${seconds} s` : formatDuration(seconds * 1_000)}`;
  };
  const clear = () => {
    if (drawn) write(CLEAR_LINE);
    drawn = false;
  };
  const draw = () => {
    if (!live) return;
    const status = current === undefined ? "waiting for the first answer" : formatStatus(current, paint);
    write(`${CLEAR_LINE}${elapsed()} ${status} · ${nextPoll()}`);
    drawn = true;
  };
  const scheduleHeartbeat = () => {
    if (live || quiet) return;
    clearTimeout(heartbeat);
    heartbeat = setTimeout(() => {
      const status = current === undefined ? "waiting for the first answer" : formatStatus(current, paint);
      write(`${elapsed()} still ${status}, ${nextPoll()}\n`);
      scheduleHeartbeat();
    }, heartbeatMs);
    heartbeat.unref?.();
  };
  const redraw = live ? setInterval(draw, REDRAW_MS) : undefined;
  redraw?.unref?.();
  draw();
  scheduleHeartbeat();

  return {
    changed(run) {
      current = run;
      if (quiet) return;
      clear();
      write(`${elapsed()} ${formatStatus(run, paint)}\n`);
      draw();
      scheduleHeartbeat();
    },
    pollIn(ms) {
      nextPollAt = Date.now() + ms;
      draw();
    },
    log(text) {
      clear();
      write(text);
      draw();
    },
    stop() {
      clearInterval(redraw);
      clearTimeout(heartbeat);
      clear();
    },
  };
}
