import { UserAbortError } from "./errors.js";

/** Response headers as both transport paths read them. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * A vendor's retry rule, as data. Rules are tried in order; the first that matches decides, and when none
 * does the default (connection errors, timeouts, 408, 409, 429, 5xx) applies.
 * - `{ header }`: a response header whose value `true`/`false` decides (Stripe's `Stripe-Should-Retry`).
 * - `{ status, code, retry }`: a vendor error code at a status (Dify's quota `429 rate_limit_error`).
 */
export type RetryRule =
  { readonly header: string } | { readonly status: number; readonly code: string; readonly retry: boolean };

/** The retry numbers, the same as the Stainless SDKs (openai-node, anthropic-sdk-typescript). */
export const RETRY_DEFAULTS = Object.freeze({
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  /** Each delay is shortened by up to this fraction at random, so clients do not retry in lockstep. */
  jitter: 0.25,
  /** A `Retry-After` above this (or negative) is ignored in favour of the backoff. */
  maxRetryAfterMs: 60_000,
});

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export function shouldRetryResponse(
  status: number,
  headers: HeaderReader,
  vendorCode: string | undefined,
  rules: readonly RetryRule[],
): boolean {
  for (const rule of rules) {
    if ("header" in rule) {
      const value = headers.get(rule.header)?.trim().toLowerCase();
      if (value === "true") return true;
      if (value === "false") return false;
    } else if (rule.status === status && rule.code === vendorCode) {
      return rule.retry;
    }
  }
  return isRetryableStatus(status);
}

/** The delay a server asks for with `retry-after-ms` or `Retry-After` (seconds or an HTTP date), if sane. */
export function retryAfterMs(headers: HeaderReader, now: number = Date.now()): number | undefined {
  const candidates: number[] = [];
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) candidates.push(Number(ms));
  const after = headers.get("retry-after");
  if (after !== null) {
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(after)) candidates.push(Number(after) * 1000);
    else {
      const date = Date.parse(after);
      if (!Number.isNaN(date)) candidates.push(date - now);
    }
  }
  return candidates.find((value) => value >= 0 && value <= RETRY_DEFAULTS.maxRetryAfterMs);
}

/** Exponential backoff for the retry numbered `retryIndex` (0 for the first retry), with jitter. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_DEFAULTS.initialDelayMs * 2 ** retryIndex, RETRY_DEFAULTS.maxDelayMs);
  return base * (1 - random() * RETRY_DEFAULTS.jitter);
}

/** Resolves after `ms`, or rejects with `UserAbortError` the moment `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted)
      return reject(new UserAbortError("The request was aborted", { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new UserAbortError("The request was aborted", { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
