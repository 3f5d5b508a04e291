import { HOSTILE_IDS } from "@wfrun/testkit";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockProvider, type MockServer } from "../index.js";

/** What the suite needs to drive one vendor's real client package against the mock. */
export interface MockedProvider<Run> {
  provider: MockProvider;
  /** The vendor's error classes, as the client package re-exports them. */
  errors: {
    NotFoundError: new (...args: never[]) => Error;
    AuthenticationError: new (...args: never[]) => Error;
  };
  /** The real client, pointed at the mock with `credential` (the API key, or Zuora's client secret). */
  connect(mock: MockServer, credential: string): (runId: string) => Promise<Run>;
  status(run: Run): unknown;
  /** The run the spec's own example describes, as the client returns it for `runId`. */
  succeeded(runId: string): unknown;
  /** Checks a run is the vendor's documented terminal failure. */
  expectFailed(run: Run): void;
  /** The status of each GET of `run_progress`: the vendor's lifecycle, then terminal. */
  progress: readonly unknown[];
}

const KEY = "sk_mock_secret_7d1c2e9f";

/** GETs of one run, in order: Zuora's token requests are not part of a run's story. */
function runGets(mock: MockServer, runId: string): number[] {
  return mock.requests.filter((r) => r.method === "GET" && r.path.endsWith(`/${runId}`)).map((r) => r.status);
}

export function describeMockedProvider<Run>(spec: MockedProvider<Run>): void {
  describe(`${spec.provider} through its client package`, () => {
    let mock: MockServer;
    let get: (runId: string) => Promise<Run>;
    beforeEach(async () => {
      mock = await startMockServer({ keys: { [spec.provider]: KEY } });
      get = spec.connect(mock, KEY);
    });
    afterEach(() => mock.close());

    it("run_succeeded is the spec example's run, at once", async () => {
      expect(await get("run_succeeded")).toEqual(spec.succeeded("run_succeeded"));
      expect(runGets(mock, "run_succeeded")).toEqual([200]);
    });

    it("run_failed is the vendor's terminal failure", async () => {
      spec.expectFailed(await get("run_failed"));
      expect(await get("run_failed")).toEqual(await get("run_failed"));
    });

    it("run_progress moves one lifecycle step per GET, then stays terminal", async () => {
      const seen: unknown[] = [];
      for (const _ of spec.progress) seen.push(spec.status(await get("run_progress")));
      expect(seen).toEqual(spec.progress);
      expect(await get("run_progress")).toEqual(spec.succeeded("run_progress"));
    });

    it("run_progress is counted per server: a new server starts it over", async () => {
      await get("run_progress");
      const other = await startMockServer({ keys: { [spec.provider]: KEY } });
      try {
        expect(spec.status(await spec.connect(other, KEY)("run_progress"))).toEqual(spec.progress[0]);
      } finally {
        await other.close();
      }
      mock.reset();
      expect(mock.requests).toEqual([]);
      expect(spec.status(await get("run_progress"))).toEqual(spec.progress[0]);
    });

    it("run_rate_limited succeeds through the client's retries after two 429s", async () => {
      expect(await get("run_rate_limited")).toEqual(spec.succeeded("run_rate_limited"));
      expect(runGets(mock, "run_rate_limited")).toEqual([429, 429, 200]);
    });

    it("run_flaky succeeds through the client's retry after one 503", async () => {
      expect(await get("run_flaky")).toEqual(spec.succeeded("run_flaky"));
      expect(runGets(mock, "run_flaky")).toEqual([503, 200]);
    });

    it.each(["run_missing", "wfrun_unknown_42", "19063"])(
      "%s is a NotFoundError, not retried",
      async (runId) => {
        const error = await get(runId).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(spec.errors.NotFoundError);
        expect(error).toMatchObject({ status: 404 });
        expect(runGets(mock, runId)).toEqual([404]);
      },
    );

    it("hostile ids are refused by the client or answered 404, never another run", async () => {
      for (const runId of HOSTILE_IDS) {
        const outcome = await get(runId).then(
          (run) => ({ run }),
          (error: unknown) => ({ error }),
        );
        expect(outcome).toHaveProperty("error");
        if ("error" in outcome && outcome.error instanceof spec.errors.NotFoundError) continue;
        expect((outcome as { error: Error }).error.name).toMatch(/InvalidArgumentError|ConfigError/);
      }
      expect(mock.requests.every((r) => r.status === 404 || r.method === "POST")).toBe(true);
    });

    it("a wrong credential is an AuthenticationError; the log and the error hold no credential", async () => {
      const error = await spec
        .connect(
          mock,
          "sk_mock_wrong_0000",
        )("run_succeeded")
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(spec.errors.AuthenticationError);
      expect(error).toMatchObject({ status: 401 });
      expect(mock.requests.at(-1)?.status).toBe(401);
      await get("run_succeeded");
      const printed =
        JSON.stringify(mock.requests) + inspect(mock, { depth: 5 }) + inspect(error, { depth: 5 });
      expect(printed).not.toContain(KEY);
      expect(printed).not.toContain("sk_mock_wrong_0000");
    });
  });
}
