import createClient, { type Client } from "openapi-fetch";
import { ConfigError, InvalidResponseError } from "./errors.js";
import { RETRY_DEFAULTS } from "./retry.js";
import {
  createTransportFetch,
  type Logger,
  type ProviderRules,
  type TransportSettings,
} from "./transport.js";

/** Options every provider client takes, with the same names and defaults. */
export interface ClientOptions {
  /** Overrides the vendor's API base URL (a self-hosted server, a proxy, a local mock). */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (for proxies, instrumentation, tests). */
  fetch?: typeof globalThis.fetch;
  /** Time allowed for one attempt, body included. Default 60 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt for retryable failures. Default 2; 0 disables. */
  maxRetries?: number;
  /** Upper bound on a whole call, retries and waits included. Default: none. */
  deadlineMs?: number;
  /** Receives one redacted debug line per attempt and per retry. */
  logger?: Logger;
}

/** Options for one call; they override the client's. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  deadlineMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_TIMER_MS = 2_147_483_647;

export interface ApiClient<Paths extends {}> {
  /** The openapi-fetch client: typed paths, with wfrun's transport (errors are thrown, never returned). */
  raw: Client<Paths>;
  /** The openapi-fetch options for one call: its signal and a transport with the call's settings. */
  requestInit(options?: RequestOptions): { fetch: typeof globalThis.fetch; signal?: AbortSignal };
}

/**
 * Builds the openapi-fetch client a provider package wraps. The provider gives its rules (auth, error body,
 * retry data) and its resolved base URL; the user's options are validated here, once, for every vendor.
 */
export function createApiClient<Paths extends {}>(
  rules: ProviderRules,
  baseUrl: string,
  options: ClientOptions,
): ApiClient<Paths> {
  const where = `${rules.provider} client`;
  const settings: TransportSettings = {
    fetch: checkFetch(options.fetch, where),
    timeoutMs: checkDuration(options.timeoutMs, "timeoutMs", where) ?? DEFAULT_TIMEOUT_MS,
    maxRetries: checkRetries(options.maxRetries, where) ?? RETRY_DEFAULTS.maxRetries,
    deadlineMs: checkDuration(options.deadlineMs, "deadlineMs", where),
    logger: options.logger,
    userAgent: `wfrun/${rules.provider} node/${globalThis.process?.version ?? "unknown"}`,
  };
  const raw = createClient<Paths>({
    baseUrl: checkBaseUrl(baseUrl, where),
    fetch: createTransportFetch(rules, settings),
  });
  return {
    raw,
    requestInit(call = {}) {
      const callSettings: TransportSettings = {
        ...settings,
        timeoutMs: checkDuration(call.timeoutMs, "timeoutMs", "request") ?? settings.timeoutMs,
        maxRetries: checkRetries(call.maxRetries, "request") ?? settings.maxRetries,
        deadlineMs: checkDuration(call.deadlineMs, "deadlineMs", "request") ?? settings.deadlineMs,
      };
      const init: { fetch: typeof globalThis.fetch; signal?: AbortSignal } = {
        fetch: createTransportFetch(rules, callSettings),
      };
      if (call.signal) init.signal = call.signal;
      return init;
    },
  };
}

/** The `data` of an openapi-fetch result; the transport has already thrown for anything else. */
export function dataOf<T>(result: { data?: T; response: Response }, provider: string): T {
  if (result.data === undefined) {
    throw new InvalidResponseError(
      `${provider} answered without a body`,
      {
        status: result.response.status,
        contentType: result.response.headers.get("content-type"),
        bodySnippet: "",
      },
      { provider },
    );
  }
  return result.data;
}

/**
 * Checks a credential option. The message names the option and the env var users keep it in, and never
 * the value, which may be a key pasted into the wrong option.
 */
export function requireSecret(value: unknown, option: string, envVar: string, where: string): string {
  const hint = `(usually kept in the ${envVar} environment variable)`;
  if (value === undefined || value === null || value === "") {
    throw new ConfigError(`${where}: \`${option}\` is required ${hint}`, option);
  }
  if (typeof value !== "string") {
    throw new ConfigError(`${where}: \`${option}\` must be a string, got ${typeof value} ${hint}`, option);
  }
  if (value.trim() === "") throw new ConfigError(`${where}: \`${option}\` is blank ${hint}`, option);
  if (/[\r\n\0]/.test(value) || value !== value.trim()) {
    throw new ConfigError(
      `${where}: \`${option}\` has whitespace or line breaks around or inside it; check how ${envVar} is set`,
      option,
    );
  }
  return value;
}

function checkBaseUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${where}: \`baseUrl\` is not a valid URL`, "baseUrl");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`${where}: \`baseUrl\` must be http(s), got ${url.protocol}`, "baseUrl");
  }
  if (url.username || url.password) {
    throw new ConfigError(`${where}: \`baseUrl\` must not carry credentials; use the key options`, "baseUrl");
  }
  if (url.search || url.hash) {
    throw new ConfigError(`${where}: \`baseUrl\` must not have a query or fragment`, "baseUrl");
  }
  return url.toString().replace(/\/+$/, "");
}

function checkFetch(value: unknown, where: string): typeof globalThis.fetch {
  if (value === undefined) {
    if (typeof globalThis.fetch !== "function") {
      throw new ConfigError(`${where}: no global fetch; pass the \`fetch\` option`, "fetch");
    }
    return (input, init) => globalThis.fetch(input, init);
  }
  if (typeof value !== "function") throw new ConfigError(`${where}: \`fetch\` must be a function`, "fetch");
  return value as typeof globalThis.fetch;
}

function checkDuration(value: unknown, option: string, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new ConfigError(
      `${where}: \`${option}\` must be a number of milliseconds from 1 to ${MAX_TIMER_MS}`,
      option,
    );
  }
  return value;
}

function checkRetries(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 10) {
    throw new ConfigError(`${where}: \`maxRetries\` must be a whole number from 0 to 10`, "maxRetries");
  }
  return value;
}
