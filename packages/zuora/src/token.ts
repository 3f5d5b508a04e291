import type { ApiClient } from "@wfrun/core/provider";
import type { paths } from "./generated/schema.js";
import type { ZuoraHeaders } from "./headers.js";

/** What one `POST /oauth/token` gave. */
export interface TokenGrant {
  accessToken: string;
  /** Seconds the token lasts, as Zuora said (`expires_in`), or the documented hour when it did not. */
  expiresInSeconds: number;
}

/** Zuora documents tokens as lasting about an hour; used when `expires_in` is missing or unusable. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
/**
 * A token is replaced this long before it expires (Zuora's error-handling guide uses the same 5 minutes),
 * so a request never leaves with a token that dies on the way. Short-lived tokens use half their life.
 */
export const TOKEN_REFRESH_MARGIN_MS = 300_000;
/** Old tokens are remembered this many at a time, to be cut out of any text shown. */
const REMEMBERED_TOKENS = 8;

export interface TokenCache {
  /**
   * A token that is not about to expire: the cached one, the one being fetched, or a new one. `signal` ends
   * this caller's wait; the shared request is aborted once every caller waiting on it has gone.
   */
  get(signal?: AbortSignal): Promise<string>;
  /** The server refused `token`: forget it, unless a newer token has already replaced it. */
  reject(token: string): void;
  /** Every token issued recently, for redaction. */
  issued(): readonly string[];
}

/**
 * Caches a token until shortly before it expires. Concurrent callers share one in-flight request, and a
 * failed request is not cached: the next caller tries again.
 */
export function createTokenCache(
  request: (signal: AbortSignal) => Promise<TokenGrant>,
  now: () => number = Date.now,
): TokenCache {
  let current: { token: string; refreshAt: number } | undefined;
  let inflight: { token: Promise<string>; controller: AbortController; waiters: number } | undefined;
  const issued: string[] = [];

  function fetchToken() {
    const startedAt = now();
    const controller = new AbortController();
    const pending = request(controller.signal).then((grant) => {
      const lifetimeMs = grant.expiresInSeconds * 1000;
      const marginMs = Math.min(TOKEN_REFRESH_MARGIN_MS, lifetimeMs / 2);
      // Counted from before the request was sent: the token's clock started at Zuora, not on arrival.
      current = { token: grant.accessToken, refreshAt: startedAt + lifetimeMs - marginMs };
      issued.push(grant.accessToken);
      if (issued.length > REMEMBERED_TOKENS) issued.shift();
      return grant.accessToken;
    });
    const entry = { token: pending, controller, waiters: 0 };
    const settle = () => {
      if (inflight === entry) inflight = undefined;
    };
    pending.then(settle, settle);
    return entry;
  }

  function wait(entry: NonNullable<typeof inflight>, signal: AbortSignal): Promise<string> {
    entry.waiters++;
    return new Promise<string>((resolve, reject) => {
      const leave = () => {
        signal.removeEventListener("abort", onAbort);
        entry.waiters--;
      };
      const onAbort = () => {
        leave();
        if (entry.waiters === 0) entry.controller.abort(signal.reason);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      entry.token.then(
        (token) => (leave(), resolve(token)),
        (error: unknown) => (leave(), reject(error)),
      );
    });
  }

  return {
    get(signal) {
      if (current && now() < current.refreshAt) return Promise.resolve(current.token);
      const entry = (inflight ??= fetchToken());
      if (signal === undefined) {
        entry.waiters = Infinity; // a caller that cannot leave keeps the request alive
        return entry.token;
      }
      return wait(entry, signal);
    },
    reject(token) {
      if (current?.token === token) current = undefined;
    },
    issued: () => issued,
  };
}

/**
 * The token request: `POST /oauth/token` with the form-encoded client credentials and no Authorization
 * header, through its own API client so it has the same timeouts, retries, errors and redaction as any call.
 * It is retried like a read: a client-credentials grant only mints a token, so sending it twice is harmless.
 */
export function tokenRequester(
  api: ApiClient<paths>,
  credentials: { clientId: string; clientSecret: string },
  headers: Pick<ZuoraHeaders, "Zuora-Track-Id">,
): (signal: AbortSignal) => Promise<TokenGrant> {
  return async (signal) => {
    const body = await api.request(
      "post",
      "/oauth/token",
      {
        body: {
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          grant_type: "client_credentials",
        },
        form: true,
        idempotent: true,
        params: { header: headers },
      },
      { signal },
    );
    return { accessToken: body.access_token, expiresInSeconds: lifetimeSeconds(body.expires_in) };
  };
}

/** Why a 2xx token answer is unusable, if it is: a token must be able to travel in an Authorization header. */
export function unusableTokenAnswer(body: Record<string, unknown>): string | undefined {
  const token = body.access_token;
  return typeof token === "string" && /^[!-~]+$/.test(token) ? undefined : "no usable `access_token`";
}

/** `expires_in` as seconds; a number sent as a string is read, anything unusable means the documented hour. */
function lifetimeSeconds(value: unknown): number {
  const seconds = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    return DEFAULT_TOKEN_LIFETIME_SECONDS;
  }
  return seconds;
}
