/** The process exit codes, as documented in the README. */
export const EXIT = Object.freeze({
  /** The run was fetched (`get`), or ended in success (`watch`). */
  ok: 0,
  /** `watch`: the run ended without succeeding (failed, canceled, partially_succeeded). */
  runNotSucceeded: 1,
  /** Bad arguments, an unknown provider or command, a missing or invalid credential or host. */
  usage: 2,
  /** The API or the network failed: an error status, an unreadable answer, no connection. */
  api: 3,
  /** `watch --timeout` ran out, or a request got no answer in time. */
  timedOut: 4,
  /** A bug in wfrun itself (an error of no known kind). */
  internal: 70,
  /** Stopped by Ctrl-C (SIGINT) or the caller's AbortSignal. */
  interrupted: 130,
});

/** A mistake in how the command was called: printed with a hint to `--help`, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose help applies, when there is one. */
    readonly command?: string,
  ) {
    super(message);
  }
}
