import { TimeoutError, UserAbortError, type RequestSummary } from "./errors.js";
import { redactText } from "./redact.js";

// How the transport words what went wrong: short, redacted, and never more of a body than its start.

export function describeBody(response: Response, text: string, secrets: readonly string[]): string {
  const type = response.headers.get("content-type") ?? "no content-type";
  if (text.trim() === "") return `empty body, ${type}`;
  const start = redactText(text.slice(0, 60), secrets).replace(/\s+/g, " ");
  return `${type}, ${text.length} characters starting ${JSON.stringify(start)}`;
}

export function describeCause(cause: unknown, secrets: readonly string[]): string {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (inner && typeof inner.code === "string") return inner.code;
  const message =
    cause instanceof Error
      ? typeof inner?.message === "string"
        ? `${cause.message}: ${inner.message}`
        : cause.message
      : String(cause);
  return redactText(message, secrets);
}

export function aborted(
  signal: AbortSignal,
  provider: string,
  attempts: number,
  request: RequestSummary,
  cause: unknown = signal.reason,
): UserAbortError {
  if (cause instanceof UserAbortError) cause = cause.cause;
  return new UserAbortError(`The ${provider} request was aborted`, { provider, attempts, request, cause });
}

export function deadlineError(
  deadlineMs: number,
  provider: string,
  attempts: number,
  request: RequestSummary,
) {
  return new TimeoutError(`${provider} did not answer within the ${deadlineMs} ms deadline`, deadlineMs, {
    provider,
    attempts,
    request,
  });
}
