import { describe, expect, it } from "vitest";
import { isSensitiveName, redactHeaders, redactText, redactUrl, redactValue } from "./redact.js";

describe("redaction", () => {
  it("treats credential names as sensitive, by whole words", () => {
    for (const name of [
      "api_key",
      "apiKey",
      "ApiKey",
      "XAPIKey",
      "x-api-key",
      "x-copy-ai-api-key",
      "apikey",
      "key",
      "secret_key",
      "client_secret",
      "clientSecret",
      "secret",
      "access_token",
      "accessToken",
      "accesstoken",
      "refresh_token",
      "token",
      "Authorization",
      "proxy-authorization",
      "password",
      "db.password",
      "password_hash",
      "cookie",
      "set-cookie",
      "Stripe-Signature",
      "ZUORA_CLIENT_SECRET",
    ]) {
      expect(isSensitiveName(name), name).toBe(true);
    }
  });

  it("keeps diagnostic names that only contain a credential word", () => {
    for (const name of [
      "keywords",
      "monkey",
      "token_count",
      "tokenCount",
      "token_type",
      "tokens",
      "total_tokens",
      "tokens_used",
      "idempotency_key",
      "Idempotency-Key",
      "primaryKey",
      "status",
      "id",
      "created_at",
      "",
    ]) {
      expect(isSensitiveName(name), name).toBe(false);
    }
  });

  it("masks fields by word in nested JSON, leaving the diagnostic ones readable", () => {
    expect(
      redactValue({
        keywords: ["a"],
        token_count: 12,
        idempotency_key: "idem-1",
        nested: { apiKey: "k-123456", monkey: "banana" },
      }),
    ).toEqual({
      keywords: ["a"],
      token_count: 12,
      idempotency_key: "idem-1",
      nested: { apiKey: "***", monkey: "banana" },
    });
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

  it("redacts URLs", () => {
    expect(redactUrl("https://u:p@x.test/a?api_key=1&page=2&keywords=b")).toBe(
      "https://***:***@x.test/a?api_key=***&page=2&keywords=b",
    );
    expect(redactUrl("not a url with hide-me-now", ["hide-me-now"])).toBe("not a url with ***");
  });
});
