import { leakedResources, openResources, specExample } from "@wfrun/testkit";
import { request } from "node:http";
import { connect } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MOCK_RUN_IDS, startMockServer, type MockServer } from "./index.js";
import { MOCK_MEMORY } from "./server.js";
import { bearer, call, runUrls, STRIPE_HEADERS, tokenForm } from "./__fixtures__/http.js";

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

  it("keeps its memory bounded under a long run of distinct requests: the newest requests are logged", async () => {
    const total = MOCK_MEMORY.requests + 300;
    for (let i = 0; i < total; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          call(`${mock.baseUrls.dify}/workflows/run/soak-${i + j}`, { headers: bearer("app-x") }),
        ),
      );
    }
    expect(mock.requests).toHaveLength(MOCK_MEMORY.requests);
    const kept = new Set(mock.requests.map((r) => Number(r.path.split("-").at(-1))));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(total - MOCK_MEMORY.requests - 50);
    expect(kept.has(total - 1)).toBe(true);
  }, 30_000);

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
      "run_moved",
    ]);
  });

  it.each([
    ["/", null],
    ["/nope", null],
    ["//stripe/v2/extend/workflow_runs/run_succeeded", null],
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

  it("takes dot segments as sent, never as a way to another path", async () => {
    // fetch would resolve these before sending; node:http sends the path as given.
    const { port } = new URL(mock.url);
    const paths = [
      "/stripe/v2/extend/workflow_runs/run_succeeded/..",
      "/stripe/v2/extend/workflow_runs/%2e%2e",
    ];
    for (const path of paths) {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = request({ port, host: "127.0.0.1", path, headers: STRIPE_HEADERS }, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.once("error", reject).end();
      });
      expect(status).toBe(404);
    }
    expect(mock.requests.map((r) => [r.path, r.status])).toEqual(paths.map((path) => [path, 404]));
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
    const urls = runUrls(mock.baseUrls, "run_rate_limited");
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

  it.each([
    ["a header too large", `GET /stripe HTTP/1.1\r\nHost: mock\r\nX-Big: ${"x".repeat(20_000)}\r\n\r\n`, 431],
    ["a broken request line", "NOT HTTP\r\n\r\n", 400],
  ])("answers %s with JSON too", async (_, request, status) => {
    const { port } = new URL(mock.url);
    const socket = connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(request);
    await closed;
    const [head = "", body = ""] = Buffer.concat(chunks).toString("utf8").split("\r\n\r\n");
    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head.toLowerCase()).toContain("content-type: application/json");
    expect(JSON.parse(body)).toMatchObject({ error: "bad_request" });
    expect(mock.requests).toEqual([]);
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
    expect(await leakedResources(baseline)).toEqual([]);
  });
});
