import { describe, expect, it } from "vitest";
import { isSensitiveName, redactBody, redactHeaders, redactText, redactUrl, redactValue } from "./redact.js";

describe("redaction", () => {
  it("treats credential names as sensitive and usage counters as data", () => {
    for (const name of [
      "authorization",
      "x-copy-ai-api-key",
      "cookie",
      "set-cookie",
      "client_secret",
      "access_token",
      "apiKey",
      "token",
    ]) {
      expect(isSensitiveName(name), name).toBe(true);
    }
    for (const name of ["total_tokens", "tokens", "status", "id", "created_at", "tokens_used"]) {
      expect(isSensitiveName(name), name).toBe(false);
    }
  });

  it("cuts known secrets out of free text", () => {
    expect(redactText("key sk_live_abc123 echoed twice sk_live_abc123", ["sk_live_abc123"])).toBe(
      "key *** echoed twice ***",
    );
    expect(redactText("short ab", ["ab"])).toBe("short ab");
  });

  it("redacts headers by name and by value", () => {
    const headers = new Headers({
      Authorization: "Bearer s3cr3t-value",
      "Set-Cookie": "a=b",
      "X-Echo": "s3cr3t-value",
      Ok: "1",
    });
    expect(redactHeaders(headers, ["s3cr3t-value"])).toEqual({
      authorization: "***",
      "set-cookie": "***",
      "x-echo": "***",
      ok: "1",
    });
  });

  it("redacts nested JSON fields and secret values", () => {
    expect(
      redactValue({ a: { client_secret: "x", list: ["hide-me-now", 1] }, total_tokens: 5, token: null }, [
        "hide-me-now",
      ]),
    ).toEqual({ a: { client_secret: "***", list: ["***", 1] }, total_tokens: 5, token: null });
  });

  it("redacts URLs and form bodies", () => {
    expect(redactUrl("https://u:p@x.test/a?api_key=1&page=2")).toBe(
      "https://***:***@x.test/a?api_key=***&page=2",
    );
    expect(redactUrl("not a url with hide-me-now", ["hide-me-now"])).toBe("not a url with ***");
    expect(redactBody("client_id=abc&client_secret=xyz&grant_type=client_credentials")).toBe(
      "client_id=abc&client_secret=***&grant_type=client_credentials",
    );
    expect(redactBody('{"access_token":"t0k3n-value","expires_in":3600}')).toBe(
      '{"access_token":"***","expires_in":3600}',
    );
  });
});
