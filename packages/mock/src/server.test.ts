import { openResources, specExample } from "@wfrun/testkit";
import { connect, createServer } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MOCK_RUN_IDS, startMockServer, type MockServer } from "./index.js";

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/**
 * Sockets, servers and timers open beyond `baseline`, once they stop exceeding it or after 2 s. Fewer than the
 * baseline is fine: vitest's own hook timer may be counted in the baseline and gone by the time a test looks.
 */
async function leftOver(baseline: readonly string[]): Promise<string[]> {
  const excess = () => {
    const spare = [...baseline];
    return openResources().filter((kind) => {
      const index = spare.indexOf(kind);
      if (index === -1) return true;
      spare.splice(index, 1);
      return false;
    });
  };
  for (const until = Date.now() + 2_000; excess().length > 0 && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return excess();
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const STRIPE_HEADERS = { ...bearer("sk_test_any"), "stripe-version": "2026-04-22.preview" };
const tokenForm = (fields: Record<string, string>) => ({ method: "POST", body: new URLSearchParams(fields) });

describe("startMockServer", () => {
  let baseline: string[];
  let mock: MockServer;
  beforeAll(() => {
    baseline = openResources();
  });
  beforeEach(async () => {
    mock = await startMockServer();
  });
  afterEach(() => mock.close());

  it("listens on loopback and gives each provider's base URL", () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.baseUrls).toEqual({
      stripe: `${mock.url}/stripe`,
      dify: `${mock.url}/dify/v1`,
      zuora: `${mock.url}/zuora`,
      copyai: `${mock.url}/copyai`,
    });
    expect(MOCK_RUN_IDS).toEqual([
      "run_succeeded",
      "run_failed",
      "run_progress",
      "run_rate_limited",
      "run_flaky",
      "run_missing",
    ]);
  });

  it.each([
    ["/", null],
    ["/nope", null],
    ["/stripes/v2/extend/workflow_runs/run_succeeded", null],
    ["/stripe/v1/customers", "stripe"],
    ["/stripe/v2/extend/workflow_runs/run_succeeded/extra", "stripe"],
    ["/dify/v1/workflows/run/", "dify"],
    ["/dify/workflows/run/run_succeeded", null],
    ["/zuora/v1/workflows/workflow_runs/run_succeeded", "zuora"],
    ["/copyai/api/workflow//run/run_succeeded", "copyai"],
  ])("answers an unknown path %s with a JSON 404", async (path, provider) => {
    const answer = await call(mock.url + path, { headers: { ...STRIPE_HEADERS, "x-copy-ai-api-key": "k" } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(mock.requests).toEqual([{ provider, method: "GET", path, status: 404 }]);
  });

  it("answers 404 to a method the path does not serve", async () => {
    const answer = await call(`${mock.baseUrls.dify}/workflows/run/run_succeeded`, {
      method: "DELETE",
      headers: bearer("app-key"),
    });
    expect(answer).toMatchObject({ status: 404, body: { code: "not_found", status: 404 } });
    const token = await call(`${mock.baseUrls.zuora}/oauth/token`);
    expect(token.status).toBe(404);
  });

  it("answers each vendor's own not-found body for an unknown run", async () => {
    const stripe = await call(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_missing`, {
      headers: STRIPE_HEADERS,
    });
    expect(stripe.body).toEqual({
      error: {
        type: "invalid_request_error",
        code: "not_found",
        message: "No such workflow_run: 'run_missing'",
      },
    });
    const dify = await call(`${mock.baseUrls.dify}/workflows/run/nope`, { headers: bearer("k") });
    expect(dify.body).toEqual(specExample("dify", "404", "not_found"));
    const copyai = await call(`${mock.baseUrls.copyai}/api/workflow/W/run/nope`, {
      headers: { "x-copy-ai-api-key": "k" },
    });
    expect(copyai.body).toEqual(specExample("copyai", "404", "notFound"));
    const zuora = await call(`${mock.baseUrls.zuora}/workflows/workflow_runs/nope`, { headers: bearer("t") });
    expect(zuora).toMatchObject({ status: 404, body: { success: false, reasons: [{ code: 90000040 }] } });
  });

  it("refuses a missing credential with each vendor's 401 body", async () => {
    const stripe = await call(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_succeeded`);
    expect(stripe.status).toBe(401);
    expect(stripe.body).toEqual({
      error: { type: "invalid_request_error", message: expect.stringMatching(/API key/) },
    });
    const dify = await call(`${mock.baseUrls.dify}/workflows/run/run_succeeded`, { headers: bearer(" ") });
    expect(dify).toMatchObject({ status: 401, body: { code: "unauthorized", status: 401 } });
    expect(dify.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    const zuora = await call(`${mock.baseUrls.zuora}/workflows/workflow_runs/run_succeeded`);
    expect(zuora).toMatchObject({ status: 401, body: specExample("zuora", "401", "invalid_credentials") });
    const copyai = await call(`${mock.baseUrls.copyai}/api/workflow/W/run/run_succeeded`, {
      headers: { "x-copy-ai-api-key": "" },
    });
    expect(copyai).toMatchObject({ status: 401, body: { status: "error", errorCode: "UNAUTHORIZED" } });
  });

  it("wants Stripe-Version on Stripe, after the key is checked", async () => {
    const url = `${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_succeeded`;
    expect((await call(url)).status).toBe(401);
    const answer = await call(url, { headers: bearer("sk_test_any") });
    expect(answer).toMatchObject({ status: 400, body: { error: { type: "invalid_request_error" } } });
    expect(answer.headers.get("request-id")).toMatch(/^req_[0-9a-f]{16}$/);
    // The refused GETs did not move the run: the next good one is still the first.
    const progress = await call(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_progress`, {
      headers: bearer("k"),
    });
    expect(progress.status).toBe(400);
    const first = await call(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_progress`, {
      headers: STRIPE_HEADERS,
    });
    expect(first.body).toMatchObject({ status: "started" });
  });

  it("sends Retry-After and retry-after-ms with every 429", async () => {
    const urls: [string, Record<string, string>][] = [
      [`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_rate_limited`, STRIPE_HEADERS],
      [`${mock.baseUrls.dify}/workflows/run/run_rate_limited`, bearer("k")],
      [`${mock.baseUrls.zuora}/workflows/workflow_runs/run_rate_limited`, bearer("t")],
      [`${mock.baseUrls.copyai}/api/workflow/W/run/run_rate_limited`, { "x-copy-ai-api-key": "k" }],
    ];
    for (const [url, headers] of urls) {
      const answer = await call(url, { headers });
      expect(answer.status).toBe(429);
      expect(answer.headers.get("retry-after")).toBe("1");
      expect(answer.headers.get("retry-after-ms")).toBe("20");
    }
    expect((await call(urls[0]![0], { headers: urls[0]![1] })).body).toEqual(
      specExample("stripe", "429", "rate_limit"),
    );
    expect((await call(urls[1]![0], { headers: urls[1]![1] })).body).toEqual(
      specExample("dify", "429", "too_many_requests"),
    );
  });

  it("keeps no credential, query string or body in the request log", async () => {
    await call(`${mock.baseUrls.dify}/workflows/run/run_succeeded?api_key=qs-secret`, {
      headers: bearer("hdr-secret"),
    });
    await call(
      `${mock.baseUrls.zuora}/oauth/token`,
      tokenForm({
        client_id: "id-secret",
        client_secret: "form-secret",
        grant_type: "client_credentials",
      }),
    );
    expect(mock.requests).toEqual([
      { provider: "dify", method: "GET", path: "/dify/v1/workflows/run/run_succeeded", status: 200 },
      { provider: "zuora", method: "POST", path: "/zuora/oauth/token", status: 200 },
    ]);
    expect(JSON.stringify(mock.requests)).not.toMatch(/secret/);
    expect(Object.isFrozen(mock.requests[0])).toBe(true);
  });

  it("closes with kept-alive and half-sent requests open, twice, and leaves nothing running", async () => {
    await call(`${mock.baseUrls.dify}/workflows/run/run_succeeded`, { headers: bearer("k") });
    // A token request whose body never finishes: server.close() alone would wait for it forever.
    const { port } = new URL(mock.url);
    const stuck = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => stuck.once("connect", resolve));
    const ended = new Promise((resolve) => stuck.once("close", resolve));
    stuck.write("POST /zuora/oauth/token HTTP/1.1\r\nHost: mock\r\nContent-Length: 100\r\n\r\nclient_id=");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([mock.close(), mock.close()]);
    await expect(fetch(mock.url)).rejects.toThrow();
    await ended;
    expect(mock.requests.map((r) => r.path)).toEqual(["/dify/v1/workflows/run/run_succeeded"]);
    expect(await leftOver(baseline)).toEqual([]);
  });
});

describe("Zuora's OAuth token endpoint", () => {
  let mock: MockServer;
  const runUrl = () => `${mock.baseUrls.zuora}/workflows/workflow_runs/run_succeeded`;
  afterEach(() => mock.close());

  it("issues the spec's token shape for the configured secret, and accepts only tokens it issued", async () => {
    mock = await startMockServer({ keys: { zuora: "zuora-secret" } });
    const token = await call(
      `${mock.baseUrls.zuora}/oauth/token`,
      tokenForm({
        client_id: "any-client",
        client_secret: "zuora-secret",
        grant_type: "client_credentials",
      }),
    );
    const { access_token, ...rest } = specExample("zuora", "200", "token") as Record<string, unknown>;
    expect(token.status).toBe(200);
    expect(token.body).toEqual({
      ...rest,
      access_token: expect.stringMatching(/^[0-9a-f]{32}$/),
      expires_in: 3600,
      jti: expect.any(String),
    });
    expect((token.body as { access_token: string }).access_token).not.toBe(access_token);
    const issued = (token.body as { access_token: string }).access_token;
    expect((await call(runUrl(), { headers: bearer(issued) })).status).toBe(200);
    expect((await call(runUrl(), { headers: bearer("zuora-secret") })).status).toBe(401);
    expect((await call(runUrl(), { headers: bearer("made-up") })).status).toBe(401);
    mock.reset();
    expect((await call(runUrl(), { headers: bearer(issued) })).status).toBe(401);
  });

  it.each([
    [{ client_id: "c", client_secret: "wrong", grant_type: "client_credentials" }, 401, "invalid_client"],
    [
      { client_id: "c", client_secret: "zuora-secret", grant_type: "password" },
      400,
      "unsupported_grant_type",
    ],
    [
      { client_id: "", client_secret: "zuora-secret", grant_type: "client_credentials" },
      400,
      "invalid_request",
    ],
    [{ client_id: "c", grant_type: "client_credentials" }, 400, "invalid_request"],
  ])("refuses %o with %i %s", async (fields, status, error) => {
    mock = await startMockServer({ keys: { zuora: "zuora-secret" } });
    const answer = await call(`${mock.baseUrls.zuora}/oauth/token`, tokenForm(fields));
    expect(answer).toMatchObject({ status, body: { error, error_description: expect.any(String) } });
    expect(JSON.stringify(answer.body)).not.toContain("zuora-secret");
  });

  it("accepts any bearer when no Zuora secret is set, and echoes a valid Zuora-Track-Id", async () => {
    mock = await startMockServer();
    const answer = await call(runUrl(), {
      headers: { ...bearer("whatever"), "zuora-track-id": "trace-123" },
    });
    expect(answer).toMatchObject({ status: 200, body: specExample("zuora", "200", "finished") });
    expect(answer.headers.get("zuora-track-id")).toBe("trace-123");
    const refused = await call(runUrl(), { headers: { ...bearer("whatever"), "zuora-track-id": "a:b" } });
    expect(refused.headers.get("zuora-track-id")).toBeNull();
  });
});

describe("options", () => {
  it("accepts the configured key only, for that provider only", async () => {
    const mock = await startMockServer({ keys: { dify: "app-right" } });
    try {
      const url = `${mock.baseUrls.dify}/workflows/run/run_succeeded`;
      expect((await call(url, { headers: bearer("app-right") })).status).toBe(200);
      expect((await call(url, { headers: bearer("app-righ") })).status).toBe(401);
      expect((await call(url, { headers: bearer("app-right-and-more") })).status).toBe(401);
      const copyai = `${mock.baseUrls.copyai}/api/workflow/W/run/run_succeeded`;
      expect((await call(copyai, { headers: { "x-copy-ai-api-key": "anything" } })).status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it.each([
    [{ port: -1 }, /port/],
    [{ port: 1.5 }, /port/],
    [{ host: "" }, /host/],
    [{ keys: { stripe: "" } }, /keys\.stripe/],
    [{ keys: { github: "ghp_secret" } }, /unknown provider/],
  ])("refuses %o", async (options, message) => {
    const error = await startMockServer(options as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("ghp_secret");
  });

  it("rejects when the port is taken, and listens on the port asked for", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startMockServer({ port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const mock = await startMockServer({ port });
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);
    await mock.close();
  });
});
