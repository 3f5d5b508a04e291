import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  UserAbortError,
  type RequestSummary,
  type VendorErrorInfo,
} from "./errors.js";
import { raceAbort } from "./abort.js";
import { followRedirects } from "./redirects.js";
import { aborted, deadlineError, describeBody, describeCause } from "./request-errors.js";
import { parseJson } from "./json.js";
import { redactHeaders, redactText, redactUrl, redactValue } from "./redact.js";
import { backoffMs, retryAfterMs, shouldRetryResponse, sleep, type RetryRule } from "./retry.js";

/** Where debug lines go. `console` fits; every line is already redacted. */
export interface Logger {
  debug(message: string, fields: Record<string, unknown>): void;
}

/** How a provider authenticates: headers computed per attempt, and an optional refresh on 401. */
export interface Auth {
  /** The credential headers for one attempt. `signal` is the caller's: a slow token fetch should end on it. */
  headers(context: { signal: AbortSignal }): Record<string, string> | Promise<Record<string, string>>;
  /**
   * Called whenever the server answers 401 (also a 401 a vendor sends inside a 2xx body). `refused` holds the
   * headers the refused attempt carried, so a token cache can drop exactly that token. Resolve `true` to send
   * the request again with fresh headers: done once per call (the auth layer's resend, not a retry).
   */
  refresh?(context: { refused: Headers; signal: AbortSignal }): Promise<boolean>;
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
  successError?(body: unknown): (VendorErrorInfo & { status?: number }) | undefined;
  retryRules?: readonly RetryRule[];
  /** Response headers that carry the vendor's request id, in order of preference. */
  requestIdHeaders?: readonly string[];
}

export interface TransportSettings {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxRetries: number;
  deadlineMs: number | undefined;
  logger: Logger | undefined;
  userAgent: string;
}

const SNIPPET = 200;
const DEFAULT_REQUEST_ID_HEADERS = ["request-id", "x-request-id"];

type Attempt =
  | { ok: true; response: Response; text: string; sentHeaders: Headers }
  | { ok: false; error: TimeoutError | ConnectionError };

/**
 * A `fetch` for openapi-fetch to call: it owns timeouts, retries, auth headers and error mapping, so that
 * openapi-fetch only ever sees a 2xx response with a JSON body. Anything else is thrown as a core error.
 */
export function createTransportFetch(rules: ProviderRules, settings: TransportSettings): typeof fetch {
  const { provider } = rules;
  const retryRules = rules.retryRules ?? [];
  const requestIdHeaders = rules.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;

  return async function transportFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const userSignal = request.signal;
    const summary: RequestSummary = {
      method: request.method,
      url: redactUrl(request.url, rules.secrets()),
    };
    const startedAt = Date.now();
    const deadline = settings.deadlineMs === undefined ? Infinity : startedAt + settings.deadlineMs;
    let attempts = 0;
    let retries = 0;
    let refreshed = false;

    for (;;) {
      if (userSignal.aborted) throw aborted(userSignal, provider, attempts, summary);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw deadlineError(settings.deadlineMs!, provider, attempts, summary);
      attempts++;
      const attemptStarted = Date.now();
      const attempt = await sendOnce(request, Math.min(settings.timeoutMs, remaining), attempts, summary);
      const status = attempt.ok ? attempt.response.status : undefined;
      const answer = attempt.ok ? attempt.response.status : attempt.error.name;
      settings.logger?.debug(
        `${provider} ${summary.method} ${summary.url} → ${answer} (attempt ${attempts})`,
        {
          provider,
          method: summary.method,
          url: summary.url,
          status,
          attempt: attempts,
          durationMs: Date.now() - attemptStarted,
          ...(attempt.ok ? {} : { error: attempt.error.name }),
        },
      );

      if (!attempt.ok) {
        if (!(await waitBeforeRetry(undefined, attempt.error))) throw attempt.error;
        continue;
      }

      const { response, text, sentHeaders } = attempt;
      const outcome = response.ok
        ? okResponse(response, text, attempts, summary)
        : apiErrorFrom(response, text, undefined, attempts, summary);
      if (outcome instanceof Response) return outcome;
      if (outcome.status === 401 && rules.auth.refresh) {
        // Told of every refusal, so a refused token is never reused; the request is resent once per call.
        const refresh = rules.auth.refresh({ refused: sentHeaders, signal: userSignal });
        const resend = await raceAbort(refresh, userSignal, () =>
          aborted(userSignal, provider, attempts, summary),
        );
        if (resend && !refreshed) {
          refreshed = true;
          continue;
        }
      }
      // An error a vendor sends inside a 2xx body is not retried: the request itself went through.
      const retryable =
        !response.ok && shouldRetryResponse(response.status, response.headers, outcome.code, retryRules);
      if (!retryable || !(await waitBeforeRetry(response, outcome))) throw outcome;
    }

    /** Sleeps before the next attempt; false when no retry is left or the wait would pass the deadline. */
    async function waitBeforeRetry(response: Response | undefined, error: Error): Promise<boolean> {
      const retryIndex = retries;
      if (retryIndex >= settings.maxRetries) return false;
      const delay = (response && retryAfterMs(response.headers)) ?? backoffMs(retryIndex);
      if (Date.now() + delay >= deadline) return false;
      retries++;
      settings.logger?.debug(`${provider} retrying in ${Math.round(delay)} ms after ${error.name}`, {
        provider,
        method: summary.method,
        url: summary.url,
        attempt: attempts,
        delayMs: Math.round(delay),
      });
      await sleep(delay, userSignal).catch((reason: unknown) => {
        throw aborted(userSignal, provider, attempts, summary, reason);
      });
      return true;
    }
  };

  async function sendOnce(
    request: Request,
    timeoutMs: number,
    attempts: number,
    summary: RequestSummary,
  ): Promise<Attempt> {
    const userSignal = request.signal;
    // Credentials first, outside the attempt's timeout: a token fetch has its own, and its errors are its own.
    const credentials = await raceAbort(
      Promise.resolve(rules.auth.headers({ signal: userSignal })),
      userSignal,
      () => aborted(userSignal, provider, attempts, summary),
    );
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onUserAbort = () => controller.abort(userSignal.reason);
    userSignal.addEventListener("abort", onUserAbort, { once: true });
    try {
      const headers = new Headers(request.headers);
      for (const [name, value] of Object.entries(credentials)) headers.set(name, value);
      if (!headers.has("user-agent")) headers.set("user-agent", settings.userAgent);
      const response = await followRedirects(
        settings.fetch,
        request,
        headers,
        controller.signal,
        (refused, why) =>
          ApiError.fromResponse(
            {
              status: refused.status,
              message: `redirected ${why}, so wfrun did not follow it`,
              headers: redactHeaders(refused.headers, rules.secrets()),
            },
            { provider, attempts, request: summary },
          ),
      );
      // The body is read under the same timeout: a server that stalls mid-body is a timeout too.
      const text = await raceAbort(response.text(), controller.signal).catch((error: unknown) => {
        response.body?.cancel().catch(() => {});
        throw error;
      });
      return { ok: true, response, text, sentHeaders: headers };
    } catch (cause) {
      if (userSignal.aborted) throw aborted(userSignal, provider, attempts, summary);
      if (timedOut) {
        return {
          ok: false,
          error: new TimeoutError(`${provider} did not answer within ${timeoutMs} ms`, timeoutMs, {
            provider,
            attempts,
            request: summary,
            cause,
          }),
        };
      }
      if (cause instanceof ApiError || cause instanceof UserAbortError) throw cause;
      return {
        ok: false,
        error: new ConnectionError(
          `Could not get a response from ${provider} (${describeCause(cause, rules.secrets())}) for ${summary.method} ${summary.url}`,
          { provider, attempts, request: summary, cause },
        ),
      };
    } finally {
      clearTimeout(timer);
      userSignal.removeEventListener("abort", onUserAbort);
    }
  }

  function apiErrorFrom(
    response: Response,
    text: string,
    info: (VendorErrorInfo & { status?: number }) | undefined,
    attempts: number,
    summary: RequestSummary,
  ): ApiError {
    const secrets = rules.secrets();
    let body: unknown = undefined;
    if (info === undefined) {
      try {
        body = parseJson(text);
        info = rules.errorInfo(body);
      } catch {
        body = undefined;
      }
    } else {
      body = parseJson(text);
    }
    const fallback = text.trim()
      ? `${response.statusText || "error"} (${describeBody(response, text, secrets)})`
      : response.statusText || undefined;
    return ApiError.fromResponse(
      {
        status: info?.status ?? response.status,
        code: info?.code === undefined ? undefined : redactText(info.code, secrets),
        type: info?.type === undefined ? undefined : redactText(info.type, secrets),
        message: info?.message === undefined ? fallback : redactText(info.message, secrets),
        requestId: requestIdHeaders.map((name) => response.headers.get(name)).find((v) => v) ?? undefined,
        headers: redactHeaders(response.headers, secrets),
        body: body === undefined ? redactText(text.slice(0, SNIPPET), secrets) : redactValue(body, secrets),
      },
      { provider, attempts, request: summary },
    );
  }

  /** The response for openapi-fetch, or the error a vendor put in a 2xx body. Throws when the body is not JSON. */
  function okResponse(
    response: Response,
    text: string,
    attempts: number,
    summary: RequestSummary,
  ): Response | ApiError {
    const secrets = rules.secrets();
    let body: unknown;
    try {
      if (text.trim() === "") throw new SyntaxError("empty body");
      body = parseJson(text);
    } catch (cause) {
      throw new InvalidResponseError(
        `${provider} answered HTTP ${response.status} with a body that is not JSON (${describeBody(response, text, secrets)})`,
        {
          status: response.status,
          contentType: response.headers.get("content-type"),
          bodySnippet: redactText(text.slice(0, SNIPPET), secrets),
        },
        { provider, attempts, request: summary, cause },
      );
    }
    const vendorError = rules.successError?.(body);
    if (vendorError) return apiErrorFrom(response, text, vendorError, attempts, summary);
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify(body), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
