import { aborted, attemptOnce, deadlineError, type Answer, type Mode } from "./attempt.js";
import { ApiError, type RequestSummary, type VendorErrorInfo } from "./errors.js";
import type { Limits, RequestOptions } from "./options.js";
import { apiError, invalidBody, parseObject, tooLarge, type Context } from "./outcome.js";
import { redactUrl } from "./redact.js";
import { backoffMs, retryAfterMs, shouldRetryResponse, sleep, type RetryRule } from "./retry.js";
import {
  BodyLimitExceeded,
  readStreamText,
  type Sender,
  type StreamResponse,
  type TextResponse,
  type WireResponse,
} from "./send.js";

/** Where debug lines go. `console` fits; every line is already redacted. */
export interface Logger {
  debug(message: string, fields: Record<string, unknown>): void;
}

/** What an asynchronous credential step is given: it must end when `signal` aborts. */
export interface AuthContext {
  /** Aborts when the attempt times out, the call's deadline passes or the caller aborts. */
  signal: AbortSignal;
  /** Milliseconds left for this attempt. */
  timeoutMs: number;
}

/** How a provider authenticates: fixed headers, or headers computed per attempt, and a refresh on 401. */
export interface Auth {
  /** The credential headers, or a function giving them per attempt (a token that must be fetched first). */
  headers: Readonly<Record<string, string>> | ((context: AuthContext) => Promise<Record<string, string>>);
  /**
   * Called whenever the server answers 401 (also a 401 a vendor sends inside a 2xx body). `refused` holds the
   * headers the refused attempt carried, so a token cache can drop exactly that token. Resolve `true` to send
   * the request again with fresh headers: done once per call (the auth layer's resend, not a retry).
   */
  refresh?(context: { refused: Readonly<Record<string, string>> }): Promise<boolean>;
}

/** What a provider tells the transport about itself: all data and small pure functions. */
export interface ProviderRules {
  /** Short provider name used in messages: `"stripe"`, `"dify"` … */
  provider: string;
  auth: Auth;
  /** Every credential value this client holds, cut out of any text that is shown. */
  secrets(): readonly string[];
  /** Reads the vendor's error body. */
  errorInfo(body: unknown): VendorErrorInfo | undefined;
  /** For vendors that send errors with HTTP 2xx: returns the error (and the status it stands for). */
  successError?(body: unknown): (VendorErrorInfo & { status?: number | undefined }) | undefined;
  /**
   * For a 2xx body that is JSON but not what the vendor sends (an envelope without its data): says what is
   * wrong, and the call throws `InvalidResponseError`.
   */
  unexpectedBody?(body: Record<string, unknown>): string | undefined;
  retryRules?: readonly RetryRule[];
  /** Response headers that carry the vendor's request id, in order of preference. */
  requestIdHeaders?: readonly string[];
  /** The header a vendor reads an idempotency key from (`Idempotency-Key`); writes are retried only with it. */
  idempotencyHeader?: string;
}

export interface Transport {
  rules: ProviderRules;
  sender: Sender;
  logger: Logger | undefined;
}

/** One HTTP call as the client builds it; the transport adds credentials, limits, retries and errors. */
export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** False for a write that sending twice could do twice: it gets exactly one attempt. */
  retryable: boolean;
}

/** Methods HTTP defines as idempotent (RFC 9110 §9.2.2): sending one twice has the effect of sending it once. */
export const SAFE_TO_REPEAT: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE"]);

export type CallLimits = Limits & Pick<RequestOptions, "signal">;

/** A 2xx answer: its parsed JSON object, and the response it came in. */
export interface JsonResult {
  response: WireResponse;
  body: Record<string, unknown>;
}

/** Sends `call` until it succeeds, fails for good or runs out of retries; returns the 2xx JSON object. */
export async function requestJson(transport: Transport, call: Call, limits: CallLimits): Promise<JsonResult> {
  return run(transport, call, limits, "text", (response, context) => {
    const body = parseObject(response, response.text, context);
    const vendorError = transport.rules.successError?.(body);
    if (vendorError) return apiError(response, response.text, context, vendorError);
    const unexpected = transport.rules.unexpectedBody?.(body);
    if (unexpected !== undefined) throw invalidBody(response, response.text, unexpected, context);
    return { response, body };
  });
}

/** Sends `call` and hands over a 2xx body unread (server-sent events); errors as for {@link requestJson}. */
export function requestStream(transport: Transport, call: Call, limits: CallLimits): Promise<StreamResponse> {
  return run(transport, call, limits, "stream", (response) => response);
}

async function run<M extends Mode, R>(
  transport: Transport,
  call: Call,
  limits: CallLimits,
  mode: M,
  accept: (response: Answer<M>, context: Context) => R | ApiError,
): Promise<R> {
  const { rules, logger } = transport;
  const { signal } = limits;
  let summary: RequestSummary | undefined;
  const context: Context = {
    rules,
    attempts: 0,
    // Built only when an error or a log line needs it: redacting a URL costs more than the rest of a call.
    summary: () => (summary ??= { method: call.method, url: redactUrl(call.url, rules.secrets()) }),
  };
  const deadline = limits.deadlineMs === undefined ? Infinity : Date.now() + limits.deadlineMs;
  let retries = 0;
  let refreshed = false;

  for (;;) {
    if (signal?.aborted) throw aborted(context, signal.reason);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw deadlineError(limits.deadlineMs!, context);
    context.attempts++;
    const startedAt = logger ? Date.now() : 0;
    const timeoutMs = Math.min(limits.timeoutMs, remaining);
    const attempt = await attemptOnce(
      transport,
      call,
      mode,
      timeoutMs,
      remaining < limits.timeoutMs,
      limits,
      context,
    );
    if (logger)
      logAttempt(logger, context, attempt.ok ? attempt.response.status : attempt.error.name, startedAt);

    if (!attempt.ok) {
      if (call.retryable && (await waitBeforeRetry(undefined, attempt.error))) continue;
      throw attempt.error;
    }
    const { response } = attempt;
    let outcome: R | ApiError;
    if (response.status >= 200 && response.status < 300) {
      outcome = accept(response, context);
      if (!(outcome instanceof ApiError)) return outcome;
    } else {
      outcome = apiError(response, await errorText(response, limits, context), context);
    }
    if (outcome.status === 401 && rules.auth.refresh) {
      // Told of every refusal, so a refused token is never reused; the request is resent once per call.
      const resend = await rules.auth.refresh({ refused: attempt.sentHeaders });
      if (resend && !refreshed) {
        refreshed = true;
        continue;
      }
    }
    // An error a vendor sends inside a 2xx body is not retried: the request itself went through.
    const retryable =
      call.retryable &&
      (response.status < 200 || response.status >= 300) &&
      shouldRetryResponse(response.status, response.headers, outcome.code, rules.retryRules ?? []);
    if (!retryable || !(await waitBeforeRetry(response, outcome))) throw outcome;
  }

  /** Sleeps before the next attempt; false when no retry is left or the wait would pass the deadline. */
  async function waitBeforeRetry(response: WireResponse | undefined, error: Error): Promise<boolean> {
    if (retries >= limits.maxRetries) return false;
    const delay = (response && retryAfterMs(response.headers)) ?? backoffMs(retries);
    if (Date.now() + delay >= deadline) return false;
    retries++;
    logger?.debug(`${rules.provider} retrying in ${Math.round(delay)} ms after ${error.name}`, {
      provider: rules.provider,
      ...context.summary(),
      attempt: context.attempts,
      delayMs: Math.round(delay),
    });
    await sleep(delay, signal).catch((reason: unknown) => {
      throw aborted(context, reason);
    });
    return true;
  }
}

/** The body of an error response as text: read already in text mode, read here (bounded) in stream mode. */
async function errorText(response: TextResponse | StreamResponse, limits: CallLimits, context: Context) {
  if ("text" in response) return response.text;
  try {
    return await readStreamText(response.body, limits.maxResponseBytes, response);
  } catch (cause) {
    if (cause instanceof BodyLimitExceeded) throw tooLarge(response, cause.limit, context);
    return "";
  }
}

function logAttempt(logger: Logger, context: Context, answer: number | string, startedAt: number) {
  const { method, url } = context.summary();
  const provider = context.rules.provider;
  logger.debug(`${provider} ${method} ${url} → ${answer} (attempt ${context.attempts})`, {
    provider,
    method,
    url,
    ...(typeof answer === "number" ? { status: answer } : { error: answer }),
    attempt: context.attempts,
    durationMs: Date.now() - startedAt,
  });
}
