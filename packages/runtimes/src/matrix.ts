import { startMockServer, type MockRequest, type MockServer } from "@wfrun/mock";
import { json, specExample, startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Runtime } from "./bundle.js";
import { CHECKS, VENDORS, type Check, type Outcome, type Vendor } from "./scenario.js";

/** Has the runtime run the scenario against the mock's base URLs and the echo server; returns its outcomes. */
type RunInRuntime = (baseUrls: Record<Vendor, string>, echoUrl: string) => Promise<unknown>;

export interface MatrixOptions {
  /** The User-Agent this runtime's clients must send: wfrun's naming the real runtime, or the browser's own. */
  userAgent: RegExp;
  /** Set up the runtime (a worker, a browser) before the mock starts; its cleanup runs after the tests. */
  setUp?(): Promise<{ run: RunInRuntime; tearDown: () => Promise<void> }>;
  run?: RunInRuntime;
}

/**
 * One test per vendor and check: `runtime` runs the whole scenario once against a fresh mock, and each test
 * compares one outcome (and the requests the mock saw) with what a working client does.
 */
export function describeMatrix(runtime: Runtime, options: MatrixOptions): void {
  describe(`${runtime}: every vendor against @wfrun/mock`, () => {
    let mock: MockServer;
    let echo: TestServer;
    let outcomes: Outcome[] = [];
    let tearDown = async () => {};

    beforeAll(async () => {
      let run = options.run;
      if (options.setUp) ({ run, tearDown } = await options.setUp());
      mock = await startMockServer();
      echo = await startServer(answerEcho);
      outcomes = (await run!(mock.baseUrls, echo.url)) as Outcome[];
    }, 120_000);
    afterAll(async () => {
      await mock?.close();
      await echo?.close();
      await tearDown();
    });

    const outcome = (vendor: Vendor, check: Check) => {
      const found = outcomes.find((o) => o.vendor === vendor && o.check === check);
      expect(found, `${runtime} reported no ${vendor} ${check}`).toBeDefined();
      return found!;
    };
    const statusesOf = (vendor: Vendor, runId: string) =>
      mock.requests
        .filter((r: MockRequest) => r.provider === vendor && r.path.endsWith(`/${runId}`))
        .map((r) => r.status);

    for (const vendor of VENDORS) {
      it(`${vendor} get: fetches and normalizes a run`, () => {
        expect(outcome(vendor, "get")).toEqual({ vendor, check: "get", status: "succeeded" });
      });

      it(`${vendor} 404: throws NotFoundError${vendor === "stripe" ? " with the request id" : ""}`, () => {
        const { error } = outcome(vendor, "404");
        expect(error).toMatchObject({ name: "NotFoundError", status: 404 });
        if (vendor === "stripe") expect(error?.requestId).toMatch(/^req_[0-9a-f]{16}$/);
      });

      it(`${vendor} waitForRun: polls run_progress to the end`, () => {
        const { status, progress, error } = outcome(vendor, "waitForRun");
        expect(error).toBeUndefined();
        expect(status).toBe("succeeded");
        expect(progress?.at(-1)).toBe("succeeded");
        expect(progress!.length).toBeGreaterThanOrEqual(2);
        expect(statusesOf(vendor, "run_progress")).toEqual([200, 200, 200]);
      });

      it(`${vendor} retry: gets through two 429s, waiting retry-after-ms`, () => {
        const { status, retryDelaysMs, error } = outcome(vendor, "retry");
        expect(error).toBeUndefined();
        expect(status).toBe("succeeded");
        expect(retryDelaysMs).toEqual([20, 20]);
        expect(statusesOf(vendor, "run_rate_limited")).toEqual([429, 429, 200]);
      });

      // A browser hides a redirect's Location from a manual-redirect fetch; only credentials that fetch itself
      // drops on a cross-origin hop (Authorization) let the platform follow it.
      const refusesRedirect = runtime === "browser" && vendor === "copyai";
      it(`${vendor} redirect: ${refusesRedirect ? "refuses, with a clear error" : "follows a same-origin 307"}`, () => {
        const { status, error } = outcome(vendor, "redirect");
        if (refusesRedirect) {
          expect(error?.message).toMatch(/redirect/i);
        } else {
          expect(error).toBeUndefined();
          expect(status).toBe("succeeded");
          expect(statusesOf(vendor, "run_succeeded").length).toBeGreaterThanOrEqual(2);
        }
      });
    }

    it(`sends a User-Agent matching ${options.userAgent}`, () => {
      expect(outcome("dify", "user-agent")).toEqual({
        vendor: "dify",
        check: "user-agent",
        status: "succeeded",
      });
      const gets = echo.requests.filter((request) => request.method === "GET");
      expect(gets).toHaveLength(1);
      expect(gets[0]!.headers["user-agent"]).toMatch(options.userAgent);
    });

    it("reports every check for every vendor", () => {
      expect(outcomes).toHaveLength(VENDORS.length * CHECKS.length + 1);
    });
  });
}

/** A Dify-shaped server that records headers; it allows any page origin, as the mock does. */
function answerEcho(request: { method: string }, res: Parameters<typeof json>[0]): void {
  const cors = { "access-control-allow-origin": "*" };
  if (request.method === "OPTIONS") {
    res.writeHead(204, { ...cors, "access-control-allow-headers": "authorization, accept" }).end();
    return;
  }
  json(res, 200, specExample("dify", "200", "succeeded"), cors);
}
