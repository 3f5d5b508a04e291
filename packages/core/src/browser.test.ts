import { afterEach, describe, expect, it, vi } from "vitest";
import { asBrowserRefusal, BrowserRefusal, browserRefusalError } from "./browser.js";
import { ApiError, ConnectionError } from "./errors.js";
import type { Context } from "./outcome.js";

const API = "http://127.0.0.1:4010/dify/v1/workflows/run/r1";
const context: Context = {
  rules: { provider: "dify", auth: { headers: {} }, secrets: () => [], errorInfo: () => undefined },
  attempts: 1,
  summary: () => ({ method: "GET", url: API }),
};

function pageAt(origin: string) {
  vi.stubGlobal("document", {});
  vi.stubGlobal("location", { origin });
}

describe("asBrowserRefusal", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("blames the browser only for a TypeError on another origin, in a page", () => {
    const network = new TypeError("fetch failed");
    expect(asBrowserRefusal(network, API)).toBe(network);
    pageAt("http://127.0.0.1:5173");
    expect(asBrowserRefusal(new TypeError("Failed to fetch"), API)).toBeInstanceOf(BrowserRefusal);
    const abort = new DOMException("aborted", "AbortError");
    expect(asBrowserRefusal(abort, API)).toBe(abort);
    pageAt("http://127.0.0.1:4010");
    expect(asBrowserRefusal(network, API)).toBe(network);
  });
});

describe("browserRefusalError", () => {
  it("says the browser blocked a call, as a ConnectionError", () => {
    const error = browserRefusalError(new BrowserRefusal(API), context);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(
      /^The browser blocked the dify request to http:\/\/127\.0\.0\.1:4010 \(CORS\)/,
    );
    expect((error as ConnectionError).attempts).toBe(1);
  });

  it("refuses a hidden redirect as an ApiError that says why", () => {
    const hidden = { status: 0, statusText: "", headers: new Headers() };
    const error = browserRefusalError(new BrowserRefusal(API, hidden), context);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/redirected to a place the browser hides, with a key it would forward/);
  });
});
