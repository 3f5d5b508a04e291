import { ConfigError, InvalidArgumentError } from "./errors.js";
import type { Logger } from "./transport.js";
import { RETRY_DEFAULTS } from "./retry.js";

/** Options every provider client takes, with the same names and defaults. */
export interface ClientOptions {
  /** Overrides the vendor's API base URL (a self-hosted server, a proxy, a local mock). */
  baseUrl?: string | undefined;
  /**
   * A `fetch` to use (proxies, instrumentation, tests). Without one, Node uses node:http with a keep-alive
   * agent, and every other runtime its global `fetch`.
   */
  fetch?: FetchFunction | undefined;
  /** Time allowed for one attempt, credentials and body included. Default 60 000 ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt for retryable failures. Default 2; 0 disables. */
  maxRetries?: number | undefined;
  /** Upper bound on a whole call, retries and waits included. Default: none. */
  deadlineMs?: number | undefined;
  /** The largest response body read, in bytes after decompression. Default 8 MiB. */
  maxResponseBytes?: number | undefined;
  /** Receives one redacted debug line per attempt and per retry. */
  logger?: Logger | undefined;
}

/** Options for one call; they override the client's. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  deadlineMs?: number | undefined;
  /**
   * For a write to a vendor that honours idempotency keys: the key to send. Default: one generated per call
   * and reused by its retries, so a retried write is done once.
   */
  idempotencyKey?: string | undefined;
}

/**
 * The `fetch` the clients call: only its call signature, so any runtime's fetch fits (Bun's, Deno's, a
 * worker's, undici's) without their extra members.
 */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** The longest delay a JS timer can hold (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface Limits {
  timeoutMs: number;
  maxRetries: number;
  deadlineMs: number | undefined;
  maxResponseBytes: number;
}

export function clientLimits(options: ClientOptions, where: string): Limits {
  return {
    timeoutMs: duration(options.timeoutMs, "timeoutMs", where, config) ?? DEFAULT_TIMEOUT_MS,
    maxRetries: retries(options.maxRetries, where, config) ?? RETRY_DEFAULTS.maxRetries,
    deadlineMs: duration(options.deadlineMs, "deadlineMs", where, config),
    maxResponseBytes: byteLimit(options.maxResponseBytes, where) ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
}

/** The client's limits with one call's options over them; a malformed options value is refused typed. */
export function callLimits(
  base: Limits,
  call: unknown,
): Limits & Pick<RequestOptions, "signal" | "idempotencyKey"> {
  if (call === undefined) return base;
  if (typeof call !== "object" || call === null || Array.isArray(call)) {
    throw new InvalidArgumentError(
      `options must be an object such as { signal, timeoutMs }, got ${call === null ? "null" : typeof call}`,
      "options",
    );
  }
  const options = call as RequestOptions;
  const { signal, idempotencyKey } = options;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new InvalidArgumentError("options.signal must be an AbortSignal", "signal");
  }
  if (
    idempotencyKey !== undefined &&
    (typeof idempotencyKey !== "string" || !/^[!-~]{1,255}$/.test(idempotencyKey))
  ) {
    throw new InvalidArgumentError(
      "options.idempotencyKey must be 1 to 255 visible ASCII characters",
      "idempotencyKey",
    );
  }
  return {
    timeoutMs: duration(options.timeoutMs, "timeoutMs", "options", argument) ?? base.timeoutMs,
    maxRetries: retries(options.maxRetries, "options", argument) ?? base.maxRetries,
    deadlineMs: duration(options.deadlineMs, "deadlineMs", "options", argument) ?? base.deadlineMs,
    maxResponseBytes: base.maxResponseBytes,
    signal,
    idempotencyKey,
  };
}

type Failure = (message: string, name: string) => Error;
const config: Failure = (message, name) => new ConfigError(message, name);
const argument: Failure = (message, name) => new InvalidArgumentError(message, name);

function duration(value: unknown, option: string, where: string, fail: Failure): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw fail(`${where}: \`${option}\` must be a number of milliseconds from 1 to ${MAX_TIMER_MS}`, option);
  }
  return value;
}

function retries(value: unknown, where: string, fail: Failure): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 10) {
    throw fail(`${where}: \`maxRetries\` must be a whole number from 0 to 10`, "maxRetries");
  }
  return value;
}

function byteLimit(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ConfigError(
      `${where}: \`maxResponseBytes\` must be a whole number of bytes, 1 or more`,
      "maxResponseBytes",
    );
  }
  return value;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  // Not `instanceof`: signals from another realm (an edge VM, a polyfill) are signals too.
  const candidate = value as Partial<AbortSignal> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.aborted === "boolean" &&
    typeof candidate.addEventListener === "function"
  );
}
