import { afterEach, describe, expect, it, vi } from "vitest";
import { BrowserRefusal, browserRefusalError, corsRefusal } from "./browser.js";
import { ApiError, ConnectionError } from "./errors.js";
import type { Context } from "./outcome.js";

const API = "http://127.0.0.1:4010/dify/v1/workflows/run/r1";
const context: Context = {
  rules: { provider: "dify", auth: { headers: {} }, secrets: () => [], errorInfo: () => undefined },
  attempts: 1,
  summary: () => ({ method: "GET", url: API }),
};

function pageAt(origin: string) {
  vi.stubGlobal("window", {});
  vi.stubGlobal("document", {});
  vi.stubGlobal("location", { origin });
}

describe("corsRefusal", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is the browser's doing only for a TypeError on another origin, in a page", () => {
    expect(corsRefusal(new TypeError("fetch failed"), API)).toBeUndefined();
    pageAt("http://127.0.0.1:5173");
    expect(corsRefusal(new TypeError("Failed to fetch"), API)).toBeInstanceOf(BrowserRefusal);
    expect(corsRefusal(new DOMException("aborted", "AbortError"), API)).toBeUndefined();
    pageAt("http://127.0.0.1:4010");
    expect(corsRefusal(new TypeError("Failed to fetch"), API)).toBeUndefined();
  });
});

describe("browserRefusalError", () => {
  it("says the browser blocked a call, as a ConnectionError", () => {
    const error = browserRefusalError(new BrowserRefusal("cors", API), context);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^The browser blocked the dify request to http:\/\/127\.0\.0\.1:4010/);
    expect((error as ConnectionError).attempts).toBe(1);
  });

  it("refuses a hidden redirect as an ApiError that says why", () => {
    const hidden = { status: 0, statusText: "", headers: new Headers() };
    const error = browserRefusalError(new BrowserRefusal("redirect", API, hidden), context);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/redirected where the browser hides the target/);
  });
});
