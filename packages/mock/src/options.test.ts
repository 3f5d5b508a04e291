import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startMockServer } from "./index.js";
import { bearer, call } from "./__fixtures__/http.js";

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

  it("takes Stripe's key as a Bearer token or as the Basic auth user name", async () => {
    const mock = await startMockServer({ keys: { stripe: "sk_test_right" } });
    try {
      const url = `${mock.baseUrls.stripe}/v2/extend/workflow_runs/run_succeeded`;
      const version = { "stripe-version": "2026-04-22.preview" };
      const basic = (user: string) => ({
        ...version,
        authorization: `Basic ${Buffer.from(`${user}:`).toString("base64")}`,
      });
      expect((await call(url, { headers: { ...version, ...bearer("sk_test_right") } })).status).toBe(200);
      expect((await call(url, { headers: basic("sk_test_right") })).status).toBe(200);
      expect((await call(url, { headers: basic("sk_test_wrong") })).status).toBe(401);
      expect((await call(url, { headers: { ...version, authorization: "Basic !!!" } })).status).toBe(401);
    } finally {
      await mock.close();
    }
  });

  it.each([
    [{ port: -1 }, /port/],
    [{ port: 1.5 }, /port/],
    [{ eventGapMs: -1 }, /eventGapMs/],
    [{ eventGapMs: 0.5 }, /eventGapMs/],
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
