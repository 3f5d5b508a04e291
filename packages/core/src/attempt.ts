import { ConnectionError, TimeoutError, UserAbortError, WfrunError } from "./errors.js";
import { refusedRedirect, tooLarge, type Context } from "./outcome.js";
import { BrowserRefusal, browserRefusalError } from "./browser.js";
import { redirectTarget } from "./redirects.js";
import { redactText } from "./redact.js";
import { BodyLimitExceeded, type Exchange, type StreamResponse, type TextResponse } from "./send.js";
import type { AuthContext, Call, CallLimits, Transport } from "./transport.js";

// One attempt of a call, and the errors an attempt ends in. The retry loop around it is transport.ts.

export type Mode = "text" | "stream";
export type Answer<M extends Mode> = M extends "text" ? TextResponse : StreamResponse;
export type Attempt<M extends Mode> =
  | { ok: true; response: Answer<M>; sentHeaders: Record<string, string> }
  | { ok: false; error: TimeoutError | ConnectionError };

const TIMED_OUT = Symbol("timed out");
const CALLER_ABORTED = Symbol("caller aborted");

/**
 * One attempt: credentials, the request, any same-origin redirects and (in text mode) the whole body, all
 * under one timer and the caller's signal. Whatever ends the attempt aborts the exchange, closing its socket.
 */
export async function attemptOnce<M extends Mode>(
  transport: Transport,
  call: Call,
  mode: M,
  timeoutMs: number,
  deadlineBound: boolean,
  limits: CallLimits,
  context: Context,
): Promise<Attempt<M>> {
  const { rules, sender } = transport;
  const { signal } = limits;
  let stopped: typeof TIMED_OUT | typeof CALLER_ABORTED | undefined;
  let exchange: Exchange<Answer<M>> | undefined;
  let authController: AbortController | undefined;
  let stopWaiting: ((reason: unknown) => void) | undefined;
  const stop = (why: typeof TIMED_OUT | typeof CALLER_ABORTED) => {
    stopped ??= why;
    const reason: unknown = why === TIMED_OUT ? new Error("timed out") : signal?.reason;
    exchange?.abort(reason);
    authController?.abort(reason);
    stopWaiting?.(reason);
  };
  const timer = setTimeout(stop, timeoutMs, TIMED_OUT);
  const onAbort = () => stop(CALLER_ABORTED);
  signal?.addEventListener("abort", onAbort, { once: true });
  let handedOver = false;
  let credentialNames: string[] = [];
  try {
    const headers = await credentials();
    let url = call.url;
    for (let hop = 0; ; hop++) {
      const request = {
        method: call.method,
        url,
        headers,
        body: call.body,
        maxBytes: limits.maxResponseBytes,
        idempotent: call.retryable,
        platformMayFollow: credentialNames.every((name) => name.toLowerCase() === "authorization"),
      };
      exchange = (mode === "text" ? sender.text(request) : sender.stream(request)) as Exchange<Answer<M>>;
      if (stopped) exchange.abort(new Error("stopped"));
      const response = await exchange.response;
      const decision = redirectTarget(response, url, call.method, hop);
      if ("refused" in decision) throw refusedRedirect(response, decision.refused, context);
      if (decision.next === null) {
        // A stream stays tied to the caller's signal after the headers are in: aborting ends the stream.
        handedOver = mode === "stream";
        return { ok: true, response, sentHeaders: headers };
      }
      if (mode === "stream") await (response as StreamResponse).body.cancel().catch(() => {});
      url = decision.next;
    }
  } catch (cause) {
    if (stopped === CALLER_ABORTED) throw aborted(context, signal?.reason);
    if (stopped === TIMED_OUT) {
      const error = deadlineBound
        ? deadlineError(limits.deadlineMs!, context)
        : new TimeoutError(`${rules.provider} did not answer within ${timeoutMs} ms`, timeoutMs, {
            provider: rules.provider,
            attempts: context.attempts,
            request: context.summary(),
          });
      return { ok: false, error };
    }
    if (cause instanceof BodyLimitExceeded) throw tooLarge(cause.response, cause.limit, context);
    if (cause instanceof BrowserRefusal) throw browserRefusalError(cause, context);
    if (cause instanceof WfrunError) throw cause;
    const detail = describeCause(cause, rules.secrets());
    return {
      ok: false,
      error: new ConnectionError(
        `Could not get a response from ${rules.provider} (${detail}) for ${context.summary().method} ${context.summary().url}`,
        {
          provider: rules.provider,
          attempts: context.attempts,
          request: context.summary(),
          cause: safeCause(cause, detail),
        },
      ),
    };
  } finally {
    clearTimeout(timer);
    if (!handedOver) signal?.removeEventListener("abort", onAbort);
  }

  async function credentials(): Promise<Record<string, string>> {
    const { headers } = rules.auth;
    const own = typeof headers === "function" ? await authHeaders(headers) : headers;
    credentialNames = Object.keys(own);
    // The call's headers go last: they are the endpoint's (Content-Type, Stripe-Version …), never credentials.
    return { ...own, ...call.headers };
  }

  function authHeaders(headers: (context: AuthContext) => Promise<Record<string, string>>) {
    authController = new AbortController();
    const wait = new Promise<never>((_, reject) => (stopWaiting = reject));
    wait.catch(() => {});
    if (stopped) stopWaiting?.(new Error("stopped"));
    return Promise.race([headers({ signal: authController.signal, timeoutMs }), wait]);
  }
}

export function aborted(context: Context, cause: unknown): UserAbortError {
  if (cause instanceof UserAbortError) cause = cause.cause;
  return new UserAbortError(`The ${context.rules.provider} request was aborted`, {
    provider: context.rules.provider,
    attempts: context.attempts,
    request: context.summary(),
    cause,
  });
}

export function deadlineError(deadlineMs: number, context: Context): TimeoutError {
  return new TimeoutError(
    `${context.rules.provider} did not answer within the ${deadlineMs} ms deadline`,
    deadlineMs,
    { provider: context.rules.provider, attempts: context.attempts, request: context.summary() },
  );
}

/** A network error's code (`ECONNREFUSED`) or its message, redacted. */
function describeCause(cause: unknown, secrets: readonly string[]): string {
  const own = cause as {
    code?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  } | null;
  const code = own?.cause?.code ?? own?.code;
  if (typeof code === "string") return code;
  const inner = typeof own?.cause?.message === "string" ? `: ${own.cause.message}` : "";
  const message = typeof own?.message === "string" ? own.message + inner : String(cause);
  return redactText(message, secrets);
}

/**
 * What an error keeps as `cause`: a plain error carrying the redacted description and the code, never the
 * platform's own error, whose message or nested causes may quote a URL, a header or a body.
 */
function safeCause(cause: unknown, detail: string): Error {
  const safe = new Error(detail) as Error & { code?: string };
  const code =
    (cause as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ??
    (cause as { code?: unknown } | null)?.code;
  if (typeof code === "string") safe.code = code;
  safe.name = cause instanceof Error ? cause.name : "Error";
  return safe;
}
