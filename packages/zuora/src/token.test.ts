import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  TimeoutError,
  UserAbortError,
  type ApiError,
} from "@wfrun/core";
import {
  expectNoSecret,
  json,
  specExample,
  stall,
  startServer,
  type RecordedRequest,
  type TestServer,
} from "@wfrun/testkit";
import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createZuoraClient, type ZuoraClientOptions, type ZuoraWorkflowRun } from "./index.js";
import { createTokenCache, TOKEN_REFRESH_MARGIN_MS, type TokenGrant } from "./token.js";

const CLIENT_ID = "7a1c2f3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f";
const CLIENT_SECRET = "ZuoraClientSecret+That/IsNeverPrinted=";
const finished = specExample("zuora", "200", "finished") as ZuoraWorkflowRun;
const tokenExample = specExample("zuora", "200", "token") as Record<string, unknown> & {
  access_token: string;
  expires_in: number;
};
const RUN_PATH = "/workflows/workflow_runs/19063";

describe("createTokenCache", () => {
  const grants = (...lifetimes: number[]) => {
    let issued = 0;
    const request = vi.fn(async (): Promise<TokenGrant> => {
      const expiresInSeconds = lifetimes[Math.min(issued, lifetimes.length - 1)]!;
      issued++;
      return { accessToken: `token-${issued}`, expiresInSeconds };
    });
    return request;
  };

  it("shares one request between concurrent callers and reuses the token while it is fresh", async () => {
    const request = grants(3599);
    const cache = createTokenCache(request, () => 0);
    const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(new Set(tokens)).toEqual(new Set(["token-1"]));
    await expect(cache.get()).resolves.toBe("token-1");
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("replaces the token five minutes before it expires, counted from when it was asked for", async () => {
    let now = 1_000;
    const request = grants(3599);
    const cache = createTokenCache(request, () => now);
    await cache.get();
    const refreshAt = 1_000 + 3599_000 - TOKEN_REFRESH_MARGIN_MS;
    now = refreshAt - 1;
    await expect(cache.get()).resolves.toBe("token-1");
    now = refreshAt;
    await expect(cache.get()).resolves.toBe("token-2");
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("gives a short-lived token half its life, and does not cache a token of no life", async () => {
    let now = 0;
    const request = grants(60, 0, 0);
    const cache = createTokenCache(request, () => now);
    await cache.get();
    now = 29_999;
    await expect(cache.get()).resolves.toBe("token-1");
    now = 30_000;
    await expect(cache.get()).resolves.toBe("token-2");
    await expect(cache.get()).resolves.toBe("token-3");
  });

  it("does not cache a failure: everyone waiting gets it, and the next caller tries again", async () => {
    const request = vi
      .fn<() => Promise<TokenGrant>>()
      .mockRejectedValueOnce(new Error("token endpoint down"))
      .mockResolvedValue({ accessToken: "token-ok", expiresInSeconds: 3599 });
    const cache = createTokenCache(request, () => 0);
    const outcomes = await Promise.allSettled([cache.get(), cache.get(), cache.get()]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    await expect(cache.get()).resolves.toBe("token-ok");
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("drops a refused token only while it is the current one", async () => {
    const request = grants(3599);
    const cache = createTokenCache(request, () => 0);
    await cache.get();
    cache.reject("token-1");
    await expect(cache.get()).resolves.toBe("token-2");
    cache.reject("token-1"); // a late 401 for the old token must not drop its replacement
    await expect(cache.get()).resolves.toBe("token-2");
    expect(request).toHaveBeenCalledTimes(2);
    expect(cache.issued()).toEqual(["token-1", "token-2"]);
  });
});

describe("createZuoraClient with client credentials", () => {
  let server: TestServer;
  let tokenAnswer: (res: ServerResponse, count: number) => void;
  let runAnswer: (res: ServerResponse, request: RecordedRequest) => void;
  let issuedTokens: string[];
  let minted: number;
  const tokenRequests = () => server.requests.filter((request) => request.path === "/oauth/token");
  const runRequests = () => server.requests.filter((request) => request.path !== "/oauth/token");
  const bearer = (request: RecordedRequest) => request.headers.authorization?.replace(/^Bearer /, "");
  const tokenNumber = (n: number) => `${tokenExample.access_token}-${n}`;
  const client = (options: Partial<ZuoraClientOptions> = {}) =>
    createZuoraClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      baseUrl: server.url,
      maxRetries: 0,
      ...options,
    } as ZuoraClientOptions);
  const secrets = () => [CLIENT_SECRET, ...issuedTokens];

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  afterEach(() => vi.useRealTimers());

  function serve() {
    issuedTokens = [];
    minted = 0;
    server.handle((request, res) => {
      if (request.path === "/oauth/token") {
        tokenAnswer(res, tokenRequests().length);
      } else {
        runAnswer(res, request);
      }
    });
  }
  const issueToken =
    (extra: Record<string, unknown> = {}) =>
    (res: ServerResponse) => {
      const token = tokenNumber(++minted);
      issuedTokens.push(token);
      json(res, 200, { ...tokenExample, access_token: token, ...extra });
    };
  const acceptLatestToken = (res: ServerResponse, request: RecordedRequest) =>
    bearer(request) === issuedTokens.at(-1)
      ? json(res, 200, finished)
      : json(res, 401, { success: false, reasons: [{ code: 90000011, message: "Authentication error" }] });

  function fresh() {
    tokenAnswer = issueToken();
    runAnswer = acceptLatestToken;
    serve();
  }

  it("posts form-encoded credentials to /oauth/token without an Authorization header", async () => {
    fresh();
    await expect(client({ trackId: "sync-42" }).getWorkflowRun("19063")).resolves.toEqual(finished);
    const [token, run] = server.requests;
    expect(token!.method).toBe("POST");
    expect(token!.path).toBe("/oauth/token");
    expect(token!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(token!.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    });
    expect(token!.headers["zuora-track-id"]).toBe("sync-42");
    expect(run!.path).toBe(RUN_PATH);
    expect(run!.headers.authorization).toBe(`Bearer ${tokenNumber(1)}`);
  });

  it("fetches the token once for 20 concurrent calls", async () => {
    fresh();
    tokenAnswer = (res) => setTimeout(() => issueToken()(res), 50);
    const made = client();
    const runs = await Promise.all(Array.from({ length: 20 }, () => made.getWorkflowRun("19063")));
    expect(runs).toEqual(Array.from({ length: 20 }, () => finished));
    expect(tokenRequests()).toHaveLength(1);
    expect(new Set(runRequests().map(bearer))).toEqual(new Set([tokenNumber(1)]));
    expect(runRequests()).toHaveLength(20);
  });

  it("keeps the token until shortly before expires_in, then fetches a new one", async () => {
    fresh();
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.parse("2026-01-02T00:00:00Z");
    vi.setSystemTime(start);
    const made = client();
    await made.getWorkflowRun("19063");
    vi.setSystemTime(start + tokenExample.expires_in * 1000 - TOKEN_REFRESH_MARGIN_MS - 1_000);
    await made.getWorkflowRun("19063");
    expect(tokenRequests()).toHaveLength(1);
    vi.setSystemTime(start + tokenExample.expires_in * 1000);
    await made.getWorkflowRun("19063");
    expect(tokenRequests()).toHaveLength(2);
    expect(runRequests().map(bearer)).toEqual([tokenNumber(1), tokenNumber(1), tokenNumber(2)]);
  });

  it("assumes the documented hour when expires_in is missing or unusable", async () => {
    for (const expires_in of [undefined, "soon", -5]) {
      fresh();
      tokenAnswer = issueToken({ expires_in });
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(0);
      const made = client();
      await made.getWorkflowRun("19063");
      vi.setSystemTime(3600_000 - TOKEN_REFRESH_MARGIN_MS - 1);
      await made.getWorkflowRun("19063");
      expect(tokenRequests(), String(expires_in)).toHaveLength(1);
      vi.setSystemTime(3600_000 - TOKEN_REFRESH_MARGIN_MS);
      await made.getWorkflowRun("19063");
      expect(tokenRequests(), String(expires_in)).toHaveLength(2);
      vi.useRealTimers();
    }
  });

  it("fetches exactly one token per call when Zuora says the token lasts 0 seconds", async () => {
    fresh();
    tokenAnswer = issueToken({ expires_in: 0 });
    const made = client();
    await made.getWorkflowRun("19063");
    await made.getWorkflowRun("19063");
    expect(tokenRequests()).toHaveLength(2);
    expect(runRequests().map(bearer)).toEqual([tokenNumber(1), tokenNumber(2)]);
  });

  it("on a 401 fetches a new token once and retries once", async () => {
    fresh();
    const made = client();
    await made.getWorkflowRun("19063");
    issuedTokens.push("revoked-behind-our-back"); // the server now only accepts a newer token
    await expect(made.getWorkflowRun("19063")).resolves.toEqual(finished);
    expect(tokenRequests()).toHaveLength(2);
    expect(runRequests().map(bearer)).toEqual([tokenNumber(1), tokenNumber(1), tokenNumber(2)]);
  });

  it("gives an AuthenticationError when the new token is refused too", async () => {
    fresh();
    runAnswer = (res) =>
      json(res, 401, { success: false, reasons: [{ code: 90000011, message: "Authentication error" }] });
    const made = client({ maxRetries: 2 });
    const error = (await made.getWorkflowRun("19063").catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("90000011");
    expect(error.attempts).toBe(2);
    expect(tokenRequests()).toHaveLength(2);
    expect(runRequests().map(bearer)).toEqual([tokenNumber(1), tokenNumber(2)]);
    expectNoSecret(error, secrets());
    // The refused token is not kept: the next call starts with a new one (and refreshes it once more).
    await made.getWorkflowRun("19063").catch(() => undefined);
    expect(runRequests().map(bearer).slice(2)).toEqual([tokenNumber(3), tokenNumber(4)]);
  });

  it("refreshes once for 20 concurrent calls whose token is refused together", async () => {
    fresh();
    tokenAnswer = (res) => setTimeout(() => issueToken()(res), 20);
    const made = client();
    await made.getWorkflowRun("19063");
    issuedTokens.push("rotated");
    const runs = await Promise.all(Array.from({ length: 20 }, () => made.getWorkflowRun("19063")));
    expect(runs).toEqual(Array.from({ length: 20 }, () => finished));
    expect(tokenRequests()).toHaveLength(2);
    expect(runRequests()).toHaveLength(1 + 40);
    expect(runRequests().slice(21).map(bearer)).toEqual(Array.from({ length: 20 }, () => tokenNumber(2)));
  });

  it("refreshes the raw client's token the same way", async () => {
    fresh();
    const made = client();
    await made.getWorkflowRun("19063");
    issuedTokens.push("rotated");
    const { data } = await made.raw.GET("/workflows/workflow_runs/{workflow_run_id}", {
      params: { path: { workflow_run_id: "19063" } },
    });
    expect(data).toEqual(finished);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("maps a refused token request to the core error, naming the token endpoint, never the secret", async () => {
    const refusals: [number, unknown, typeof AuthenticationError, string][] = [
      [
        401,
        { error: "invalid_client", error_description: `Bad client ${CLIENT_SECRET}` },
        AuthenticationError,
        "invalid_client",
      ],
      [
        400,
        { success: false, reasons: [{ code: 90000020, message: "grant_type invalid" }] },
        BadRequestError,
        "90000020",
      ],
    ];
    for (const [status, body, errorClass, code] of refusals) {
      fresh();
      tokenAnswer = (res) => json(res, status, body);
      const error = (await client()
        .getWorkflowRun("19063")
        .catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(errorClass);
      expect(error.code).toBe(code);
      expect(error.request?.method).toBe("POST");
      expect(error.request?.url).toBe(`${server.url}/oauth/token`);
      expect(runRequests()).toHaveLength(0);
      expectNoSecret(error, [CLIENT_SECRET]);
    }
  });

  it("refuses a token response without a usable access_token, without printing what it holds", async () => {
    for (const body of [
      { token_type: "bearer", client_secret: CLIENT_SECRET },
      { access_token: "" },
      { access_token: "a b" },
    ]) {
      fresh();
      tokenAnswer = (res) => json(res, 200, body);
      const error = await client()
        .getWorkflowRun("19063")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expectNoSecret(error, [CLIENT_SECRET]);
      expect(runRequests()).toHaveLength(0);
    }
  });

  it("does not cache a failed token request", async () => {
    fresh();
    tokenAnswer = (res, count) =>
      count === 1 ? json(res, 503, { message: "Service Unavailable" }) : issueToken()(res);
    const made = client();
    await expect(made.getWorkflowRun("19063")).rejects.toBeInstanceOf(InternalServerError);
    await expect(made.getWorkflowRun("19063")).resolves.toEqual(finished);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("times out a stalled token endpoint, and lets the caller's signal stop the wait", async () => {
    fresh();
    tokenAnswer = (res) => stall(res);
    const timedOut = await client({ timeoutMs: 100 })
      .getWorkflowRun("19063")
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const aborted = await client()
      .getWorkflowRun("19063", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(UserAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("bounds a silent token endpoint by the call's deadline, and closes the token request when nobody waits", async () => {
    serve();
    let tokenSocketClosed!: Promise<void>;
    tokenAnswer = (res) => {
      tokenSocketClosed = new Promise((resolve) => res.socket!.once("close", () => resolve()));
    };
    const started = performance.now();
    // The token client's own timeout is a minute: only the call's deadline can end this wait early.
    const error = await client({ deadlineMs: 300 })
      .getWorkflowRun("19063")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(300);
    expect(performance.now() - started).toBeLessThan(2_000);
    await expect(
      Promise.race([
        tokenSocketClosed.then(() => "closed"),
        new Promise((r) => setTimeout(r, 2_000, "open")),
      ]),
    ).resolves.toBe("closed");
    expect(runRequests()).toHaveLength(0);
  });

  it("keeps one shared token request alive while another caller still waits on it", async () => {
    serve();
    let release!: () => void;
    tokenAnswer = (res) => {
      release = () => issueToken()(res);
    };
    runAnswer = acceptLatestToken;
    const made = client();
    const leaving = new AbortController();
    const left = made.getWorkflowRun("19063", { signal: leaving.signal }).catch((e: unknown) => e);
    const staying = made.getWorkflowRun("19063");
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    expect(await left).toBeInstanceOf(UserAbortError);
    release();
    await expect(staying).resolves.toEqual(finished);
    expect(tokenRequests()).toHaveLength(1);
  });

  it("never shows the client secret or a token in the client, its errors or its requests' errors", async () => {
    fresh();
    const made = client();
    await made.getWorkflowRun("19063");
    expectNoSecret(made, secrets());
    runAnswer = (res) =>
      json(res, 404, {
        success: false,
        reasons: [{ code: 50000040, message: `no ${issuedTokens.join(" ")}` }],
      });
    const error = await made.getWorkflowRun("19063").catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expectNoSecret(error, secrets());
  });
});
