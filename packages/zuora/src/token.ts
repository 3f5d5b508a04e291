import { dataOf, InvalidResponseError, redactValue, type ApiClient } from "@wfrun/core";
import type { paths } from "./generated/schema.js";
import type { ZuoraHeaders } from "./headers.js";

/** What one `POST /oauth/token` gave. */
export interface TokenGrant {
  accessToken: string;
  /** Seconds the token lasts, as Zuora said (`expires_in`), or the documented hour when it did not. */
  expiresInSeconds: number;
}

/** Zuora documents tokens as lasting about an hour; used when `expires_in` is missing or unusable. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
/**
 * A token is replaced this long before it expires (Zuora's error-handling guide uses the same 5 minutes),
 * so a request never leaves with a token that dies on the way. Short-lived tokens use half their life.
 */
export const TOKEN_REFRESH_MARGIN_MS = 300_000;
/** Old tokens are remembered this many at a time, to be cut out of any text shown. */
const REMEMBERED_TOKENS = 8;

export interface TokenCache {
  /** A token that is not about to expire: the cached one, the one being fetched, or a new one. */
  get(): Promise<string>;
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
  request: () => Promise<TokenGrant>,
  now: () => number = Date.now,
): TokenCache {
  let current: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;
  const issued: string[] = [];

  function fetchToken(): Promise<string> {
    const startedAt = now();
    const pending = request().then((grant) => {
      const lifetimeMs = grant.expiresInSeconds * 1000;
      const marginMs = Math.min(TOKEN_REFRESH_MARGIN_MS, lifetimeMs / 2);
      // Counted from before the request was sent: the token's clock started at Zuora, not on arrival.
      current = { token: grant.accessToken, refreshAt: startedAt + lifetimeMs - marginMs };
      issued.push(grant.accessToken);
      if (issued.length > REMEMBERED_TOKENS) issued.shift();
      return grant.accessToken;
    });
    const settle = () => {
      if (inflight === pending) inflight = undefined;
    };
    pending.then(settle, settle);
    return pending;
  }

  return {
    get() {
      if (current && now() < current.refreshAt) return Promise.resolve(current.token);
      inflight ??= fetchToken();
      return inflight;
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
 */
export function tokenRequester(
  api: ApiClient<paths>,
  tokenUrl: string,
  credentials: { clientId: string; clientSecret: string },
  headers: Pick<ZuoraHeaders, "Zuora-Track-Id">,
  secrets: () => readonly string[],
): () => Promise<TokenGrant> {
  return async () => {
    const result = await api.raw.POST("/oauth/token", {
      body: {
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        grant_type: "client_credentials",
      },
      // openapi-fetch form-encodes the body when it sees this content type.
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      params: { header: headers },
      ...api.requestInit(),
    });
    const body: unknown = dataOf(result, "zuora");
    const accessToken = (body as { access_token?: unknown } | null)?.access_token;
    // Anything else could not travel in an Authorization header (fetch would throw on it).
    if (typeof accessToken !== "string" || !/^[!-~]+$/.test(accessToken)) {
      throw new InvalidResponseError(
        "zuora's token endpoint answered without a usable `access_token`",
        {
          status: result.response.status,
          contentType: result.response.headers.get("content-type"),
          bodySnippet: JSON.stringify(redactValue(body, secrets())).slice(0, 200),
        },
        { provider: "zuora", request: { method: "POST", url: tokenUrl } },
      );
    }
    return { accessToken, expiresInSeconds: lifetimeSeconds((body as { expires_in?: unknown }).expires_in) };
  };
}

/** `expires_in` as seconds; a number sent as a string is read, anything unusable means the documented hour. */
function lifetimeSeconds(value: unknown): number {
  const seconds = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    return DEFAULT_TOKEN_LIFETIME_SECONDS;
  }
  return seconds;
}
