import { specExample } from "@wfrun/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "./index.js";
import { bearer, call, tokenForm } from "./__fixtures__/http.js";

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

  it("refuses a token request whose body is over 64 KiB", async () => {
    mock = await startMockServer();
    const answer = await call(`${mock.baseUrls.zuora}/oauth/token`, {
      method: "POST",
      body: `grant_type=client_credentials&client_id=c&client_secret=${"s".repeat(70_000)}`,
    });
    expect(answer).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("accepts any bearer when no Zuora secret is set, and echoes the Zuora-Track-Id", async () => {
    mock = await startMockServer();
    const answer = await call(runUrl(), {
      headers: { ...bearer("whatever"), "zuora-track-id": "trace-123" },
    });
    expect(answer).toMatchObject({ status: 200, body: specExample("zuora", "200", "finished") });
    expect(answer.headers.get("zuora-track-id")).toBe("trace-123");
    const without = await call(runUrl(), { headers: bearer("whatever") });
    expect(without.headers.get("zuora-track-id")).toBeNull();
  });
});
