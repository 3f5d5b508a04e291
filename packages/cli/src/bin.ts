#!/usr/bin/env node
import { EXIT, run } from "./index.js";

const SIGNAL_EXIT_CODES = { SIGINT: EXIT.interrupted, SIGTERM: 143 } as const;

// The first Ctrl-C (or SIGTERM) aborts the command, which then ends cleanly: a watch stops polling, the
// mock server closes. A second one means the user is not waiting for that: leave at once.
const controller = new AbortController();
let received: keyof typeof SIGNAL_EXIT_CODES | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (received !== undefined) process.exit(SIGNAL_EXIT_CODES[signal]);
    received = signal;
    controller.abort(new Error(`received ${signal}`));
  });
}

// `wfrun get … --json | head` closes the pipe early: that is the reader's choice, not a crash to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
// A SIGTERM'd watch reports 143 like a process killed by it; the mock's orderly stop stays 0.
process.exitCode = code === EXIT.interrupted && received === "SIGTERM" ? SIGNAL_EXIT_CODES.SIGTERM : code;
