import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { bearer, call, runUrls, STRIPE_HEADERS } from "./__fixtures__/http.js";

const PREFLIGHT = {
  method: "OPTIONS",
  headers: {
    origin: "http://127.0.0.1:9",
    "access-control-request-method": "GET",
    "access-control-request-headers": "authorization,stripe-version",
  },
};

describe("CORS", () => {
  let mock: MockServer;
  afterEach(() => mock.close());

  it("answers a preflight, allowing the headers asked for, and does not log it", async () => {
    mock = await startMockServer();
    const response = await fetch(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_succeeded`, PREFLIGHT);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, PUT, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization,stripe-version");
    expect(mock.requests).toEqual([]);
  });

  it("lets a page read the headers clients use, on every answer", async () => {
    mock = await startMockServer();
    const limited = await call(`${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_rate_limited`, {
      headers: STRIPE_HEADERS,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = limited.headers.get("access-control-expose-headers")?.split(", ");
    for (const name of ["request-id", "retry-after", "retry-after-ms", "stripe-should-retry", "location"]) {
      expect(exposed).toContain(name);
    }
    const started = await fetch(`${mock.baseUrls.copyai}/api/workflow/W/run`, {
      method: "POST",
      headers: { "x-copy-ai-api-key": "k", "content-type": "application/json" },
      body: JSON.stringify({ startVariables: {} }),
    });
    expect(started.ok).toBe(true);
    expect(started.headers.get("access-control-allow-origin")).toBe("*");
    const missing = await call(`${mock.url}/nowhere`);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("sends no CORS header and treats OPTIONS as an unserved method with `cors: false`", async () => {
    mock = await startMockServer({ cors: false });
    const preflight = await fetch(`${mock.baseUrls.dify}/workflows/run/run_succeeded`, PREFLIGHT);
    expect(preflight.status).toBe(404);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const run = await call(`${mock.baseUrls.dify}/workflows/run/run_succeeded`, { headers: bearer("k") });
    expect(run.status).toBe(200);
    expect(run.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a `cors` that is not a boolean", async () => {
    await expect(startMockServer({ cors: "yes" as never })).rejects.toThrow(/`cors` must be true or false/);
  });
});

describe("run_moved", () => {
  let mock: MockServer;
  afterEach(() => mock.close());

  it("redirects with a 307 to run_succeeded on the same path, for every vendor", async () => {
    mock = await startMockServer();
    const cases = runUrls(mock.baseUrls, "run_moved");
    for (const [url, headers] of cases) {
      const moved = await fetch(url, { headers, redirect: "manual" });
      expect(moved.status).toBe(307);
      const location = new URL(url).pathname.replace(/run_moved$/, "run_succeeded");
      expect(moved.headers.get("location")).toBe(location);
      expect((await call(url, { headers })).status).toBe(200);
    }
  });
});
