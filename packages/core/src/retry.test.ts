// Fault injection against a real loopback server. The fault server lives in @wfrun/testkit, which depends on
// this package; importing its dependency-free source by path keeps the package graph free of a cycle.
import { fault, scripted, type Answer } from "../../testkit/src/faults.js";
import { leakedResources, openResources } from "../../testkit/src/handles.js";
import { startServer, type TestServer } from "../../testkit/src/server.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acmeClient, ACME_SECRET as SECRET, failure } from "./__fixtures__/acme.js";
import type { ClientOptions } from "./options.js";
import { ApiError, ConnectionError, InternalServerError, TimeoutError, UserAbortError } from "./errors.js";
import { backoffMs, retryAfterMs, RETRY_DEFAULTS, type RetryRule } from "./retry.js";

let server: TestServer;
let stamps: number[] = [];
let baseline: string[] = [];

beforeAll(async () => {
  baseline = openResources();
  server = await startServer();
});
afterAll(() => server.close());

function script(...answers: Answer[]) {
  stamps = [];
  const handler = scripted(...answers);
  server.handle((request, res) => {
    stamps.push(performance.now());
    return handler(request, res);
  });
  return handler;
}

function client(options: ClientOptions = {}, retryRules: RetryRule[] = []) {
  return acmeClient(server.url, options, { retryRules });
}

const gaps = () => stamps.slice(1).map((at, i) => at - stamps[i]!);
const fast = { "retry-after-ms": "5" };

describe("retries", () => {
  it.each([408, 409, 429, 500, 502, 503, 504])(
    "retries HTTP %i twice by default, then throws",
    async (status) => {
      const handler = script(fault.status(status, { code: "x" }, fast));
      const error = await failure(client()());
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(status);
      expect(error?.attempts).toBe(3);
      expect(handler.served()).toBe(3);
    },
  );

  it.each([400, 401, 403, 404, 422])("does not retry HTTP %i", async (status) => {
    const handler = script(fault.status(status, {}, fast));
    const error = await failure(client()());
    expect(error?.attempts).toBe(1);
    expect(handler.served()).toBe(1);
  });

  it("recovers when a retry succeeds", async () => {
    const handler = script(fault.html(502), fault.status(503), fault.ok({ id: "r1" }));
    const started = performance.now();
    await expect(client()()).resolves.toEqual({ id: "r1" });
    expect(handler.served()).toBe(3);
    // Two backoffs: 375–500 ms then 750–1000 ms.
    const [first, second] = gaps();
    // Upper bounds leave room for a busy CI machine; the lower bounds are what backoff guarantees.
    expect(first).toBeGreaterThanOrEqual(370);
    expect(first).toBeLessThan(1_000);
    expect(second).toBeGreaterThanOrEqual(740);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("retries a connection reset mid-body and a stalled attempt", async () => {
    const handler = script(fault.resetMidBody({ id: "r1" }), fault.stall(), fault.ok({ id: "r1" }));
    await expect(client({ timeoutMs: 100 })()).resolves.toEqual({ id: "r1" });
    expect(handler.served()).toBe(3);
  });

  it("honours maxRetries per client and per call", async () => {
    let handler = script(fault.status(503, {}, fast));
    expect((await failure(client({ maxRetries: 0 })()))?.attempts).toBe(1);
    expect(handler.served()).toBe(1);
    handler = script(fault.status(503, {}, fast));
    expect((await failure(client({ maxRetries: 0 })({ maxRetries: 4 })))?.attempts).toBe(5);
    expect(handler.served()).toBe(5);
  });

  it("says how many attempts a connection failure took", async () => {
    const closed = await startServer();
    await closed.close();
    const error = await failure(acmeClient(closed.url, { maxRetries: 1 })());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error?.attempts).toBe(2);
    expect(error?.message).toMatch(/ECONNREFUSED/);
  });
});

describe("vendor retry rules", () => {
  it("lets a header decide both ways (Stripe-Should-Retry)", async () => {
    const rules = [{ header: "stripe-should-retry" }];
    let handler = script(fault.status(500, {}, { ...fast, "stripe-should-retry": "false" }));
    expect((await failure(client({}, rules)()))?.attempts).toBe(1);
    expect(handler.served()).toBe(1);
    handler = script(
      fault.status(400, {}, { ...fast, "stripe-should-retry": "true" }),
      fault.ok({ id: "r1" }),
    );
    await expect(client({}, rules)()).resolves.toEqual({ id: "r1" });
    expect(handler.served()).toBe(2);
  });

  it("lets a vendor code at a status decide (Dify quota 429 is final, concurrency 429 is retried)", async () => {
    const rules = [{ status: 429, code: "rate_limit_error", retry: false }];
    let handler = script(fault.status(429, { code: "rate_limit_error" }, fast));
    expect((await failure(client({}, rules)()))?.attempts).toBe(1);
    expect(handler.served()).toBe(1);
    handler = script(fault.status(429, { code: "too_many_requests" }, fast));
    expect((await failure(client({}, rules)()))?.attempts).toBe(3);
    expect(handler.served()).toBe(3);
  });
});

describe("Retry-After", () => {
  it("waits the seconds asked for, within 10 %", async () => {
    script(fault.retryAfterSeconds(2), fault.ok({ id: "r1" }));
    await client()();
    expect(gaps()[0]).toBeGreaterThanOrEqual(2_000 * 0.9);
    expect(gaps()[0]).toBeLessThanOrEqual(2_000 * 1.1);
  });

  it("waits until the HTTP date asked for, within 10 %", async () => {
    const at = new Date(Math.ceil((Date.now() + 1_500) / 1000) * 1000);
    let answeredAt = 0;
    const first = fault.retryAfterDate(at);
    script(
      (res) => {
        answeredAt = Date.now();
        first(res);
      },
      fault.ok({ id: "r1" }),
    );
    await client()();
    const expected = at.getTime() - answeredAt;
    expect(gaps()[0]).toBeGreaterThanOrEqual(expected * 0.9);
    expect(gaps()[0]).toBeLessThanOrEqual(expected * 1.1 + 20);
  });

  it("waits retry-after-ms, within 10 %", async () => {
    script(fault.retryAfterMs(1_500), fault.ok({ id: "r1" }));
    await client()();
    expect(gaps()[0]).toBeGreaterThanOrEqual(1_500 * 0.9);
    expect(gaps()[0]).toBeLessThanOrEqual(1_500 * 1.1);
  });

  it("ignores negative and over-60 s values and falls back to backoff", async () => {
    for (const value of ["-3", "120", "soon"]) {
      script(fault.retryAfterSeconds(value), fault.ok({ id: "r1" }));
      await client()();
      expect(gaps()[0], value).toBeGreaterThanOrEqual(370);
      expect(gaps()[0], value).toBeLessThan(1_000);
    }
  });

  it("parses the header forms", () => {
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(retryAfterMs(new Headers({ "retry-after": "2" }), now)).toBe(2_000);
    expect(retryAfterMs(new Headers({ "retry-after": "Wed, 25 Nov 2026 12:00:30 GMT" }), now)).toBe(30_000);
    expect(
      retryAfterMs(new Headers({ "retry-after": "Wed, 25 Nov 2026 11:59:00 GMT" }), now),
    ).toBeUndefined();
    expect(retryAfterMs(new Headers({ "retry-after-ms": "1500", "retry-after": "9" }), now)).toBe(1_500);
    expect(retryAfterMs(new Headers({ "retry-after-ms": "99999", "retry-after": "9" }), now)).toBe(9_000);
    expect(retryAfterMs(new Headers({ "retry-after": "61" }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it("backs off exponentially from 0.5 s to 8 s with up to 25 % jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((i) => backoffMs(i, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffMs(0, () => 1)).toBe(500 * (1 - RETRY_DEFAULTS.jitter));
    expect(backoffMs(4, () => 0.5)).toBe(8000 * (1 - 0.5 * RETRY_DEFAULTS.jitter));
  });
});

describe("aborts and deadlines", () => {
  it("ends a call within 50 ms when the signal aborts during a backoff", async () => {
    script(fault.retryAfterSeconds(5), fault.ok({ id: "r1" }));
    const controller = new AbortController();
    const pending = failure(client()({ signal: controller.signal }));
    while (stamps.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const abortedAt = performance.now();
    controller.abort();
    const error = await pending;
    expect(performance.now() - abortedAt).toBeLessThan(50);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(error?.attempts).toBe(1);
  });

  it("does not start a wait that would pass deadlineMs", async () => {
    const handler = script(fault.retryAfterSeconds(1), fault.ok({ id: "r1" }));
    const started = performance.now();
    const error = await failure(client({ deadlineMs: 500 })());
    expect(error?.name).toBe("RateLimitError");
    expect(handler.served()).toBe(1);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it("bounds a stalled attempt by the deadline, not only by timeoutMs", async () => {
    script(fault.stall());
    const started = performance.now();
    const error = await failure(client({ timeoutMs: 10_000, deadlineMs: 200 })());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(600);
  });
});

describe("logger", () => {
  it("logs one redacted debug line per attempt and per retry", async () => {
    const lines: [string, Record<string, unknown>][] = [];
    script(fault.status(503, {}, fast), fault.ok({ id: "r1" }));
    await client({ logger: { debug: (message, fields) => lines.push([message, fields]) } })();
    expect(lines.map(([, fields]) => [fields.status, fields.attempt])).toEqual([
      [503, 1],
      [undefined, 1],
      [200, 2],
    ]);
    expect(lines[0]![1]).toMatchObject({ provider: "acme", method: "GET", url: `${server.url}/runs/r1` });
    expect(typeof lines[0]![1].durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("keeps secrets out of errors built from bodies that echo them", async () => {
    script(fault.status(500, { message: `bad key ${SECRET}`, api_key: SECRET }, fast));
    const error = await failure(client({ maxRetries: 0 })());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(error?.message).toContain("bad key ***");
  });
});

describe("after the suite", () => {
  it("leaves no sockets, servers or timers open", async () => {
    await server.close();
    expect(await leakedResources(baseline)).toEqual([]);
  });
});
