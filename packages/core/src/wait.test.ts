import { leakedResources, openResources } from "../../testkit/src/handles.js";
import { json, startServer, type TestServer } from "../../testkit/src/server.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, NotFoundError, TimeoutError, UserAbortError, WaitTimeoutError } from "./errors.js";
import { isTerminal, RUN_STATUSES, type RunStatus } from "./model.js";
import { waitForRun, type Clock, type PolledRun } from "./wait.js";

interface Run extends PolledRun {
  id: string;
  providerStatus: string;
}

let server: TestServer;
let baseline: string[] = [];
beforeAll(async () => {
  // Taken inside a hook, like the last test: vitest's own hook/test timer is one ref'd Timeout.
  baseline = openResources();
  server = await startServer();
});
afterAll(() => server.close());

/** Serves a run whose status is statuses[n] on the n-th poll (the last one repeats). */
function serveStatuses(statuses: [RunStatus, string][], delayMs = 0) {
  let polls = 0;
  server.handle((_, res) => {
    const [status, providerStatus] = statuses[Math.min(polls, statuses.length - 1)]!;
    polls++;
    const timer = setTimeout(() => json(res, 200, { id: "run_1", status, providerStatus }), delayMs);
    res.on("close", () => clearTimeout(timer));
  });
  return () => polls;
}

const fetchRun = ({ signal }: { signal: AbortSignal }) =>
  fetch(`${server.url}/run`, { signal }).then(async (res) => {
    if (res.status === 404) throw new NotFoundError("gone", { status: 404 });
    return (await res.json()) as Run;
  });

const quick = { minDelayMs: 5, maxDelayMs: 20 };

describe("waitForRun", () => {
  it("makes exactly N requests for a run that is terminal on the N-th poll, and none after", async () => {
    const polls = serveStatuses([
      ["queued", "NEW"],
      ["queued", "WAITING"],
      ["running", "PROCESSING"],
      ["running", "PROCESSING"],
      ["succeeded", "COMPLETE"],
    ]);
    const run = await waitForRun(fetchRun, { timeoutMs: 5_000, ...quick });
    expect(run).toEqual({ id: "run_1", status: "succeeded", providerStatus: "COMPLETE" });
    expect(polls()).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(polls()).toBe(5);
  });

  it("polls first at once and resolves with a failed run too (the caller decides)", async () => {
    const polls = serveStatuses([["failed", "failed"]]);
    const started = performance.now();
    const run = await waitForRun(fetchRun, { timeoutMs: 5_000 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(run.status).toBe("failed");
    expect(polls()).toBe(1);
  });

  it("calls onProgress on status changes only", async () => {
    serveStatuses([
      ["queued", "NEW"],
      ["queued", "NEW"],
      ["queued", "WAITING"],
      ["running", "PROCESSING"],
      ["running", "PROCESSING"],
      ["canceled", "stopped"],
    ]);
    const seen: string[] = [];
    await waitForRun(fetchRun, {
      timeoutMs: 5_000,
      ...quick,
      onProgress: (run) => seen.push(run.providerStatus),
    });
    expect(seen).toEqual(["NEW", "WAITING", "PROCESSING", "stopped"]);
  });

  it("keeps polling through an unknown status", async () => {
    const polls = serveStatuses([
      ["unknown", "brand-new-status"],
      ["unknown", "brand-new-status"],
      ["partially_succeeded", "partial-succeeded"],
    ]);
    const run = await waitForRun(fetchRun, { timeoutMs: 5_000, ...quick });
    expect(run.status).toBe("partially_succeeded");
    expect(polls()).toBe(3);
  });

  it("rejects with a WaitTimeoutError carrying the last run, never more than one request late", async () => {
    const requestMs = 40;
    serveStatuses([["running", "started"]], requestMs);
    const started = performance.now();
    const error = (await waitForRun(fetchRun, { timeoutMs: 300, minDelayMs: 20, maxDelayMs: 60 }).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError<Run>;
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    // One instanceof tells the wait running out from a request timing out.
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(300);
    expect(error.lastRun).toEqual({ id: "run_1", status: "running", providerStatus: "started" });
    expect(error.message).toContain("started");
    expect(elapsed).toBeGreaterThanOrEqual(300);
    // One request's time past the timeout, plus room for timers on a busy machine.
    expect(elapsed).toBeLessThan(300 + requestMs + 150);
  });

  it("ends the wait with the client's final error", async () => {
    server.handle((_, res) => json(res, 404, {}));
    await expect(waitForRun(fetchRun, { timeoutMs: 5_000 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stops at once when the signal aborts, while sleeping or while fetching", async () => {
    serveStatuses([["running", "started"]]);
    const controller = new AbortController();
    const sleeping = waitForRun(fetchRun, {
      timeoutMs: 60_000,
      minDelayMs: 10_000,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let abortedAt = performance.now();
    controller.abort();
    expect(await sleeping).toBeInstanceOf(UserAbortError);
    expect(performance.now() - abortedAt).toBeLessThan(1_000); // far below the 10 s it would otherwise wait

    serveStatuses([["running", "started"]], 10_000);
    const second = new AbortController();
    const fetching = waitForRun(fetchRun, { timeoutMs: 60_000, signal: second.signal }).catch(
      (e: unknown) => e,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    abortedAt = performance.now();
    second.abort();
    expect(await fetching).toBeInstanceOf(UserAbortError);
    expect(performance.now() - abortedAt).toBeLessThan(1_000); // far below the 10 s it would otherwise wait
  });

  it("passes fetchRun the caller's signal, or one that never aborts when none is given", async () => {
    const seen: AbortSignal[] = [];
    const poll = async ({ signal }: { signal: AbortSignal }) => {
      seen.push(signal);
      return { status: "succeeded" as const };
    };
    await waitForRun(poll, { timeoutMs: 1_000 });
    const controller = new AbortController();
    await waitForRun(poll, { timeoutMs: 1_000, signal: controller.signal });
    expect(seen[0]).toBeInstanceOf(AbortSignal);
    expect(seen[0]!.aborted).toBe(false);
    expect(seen[1]).toBe(controller.signal);
  });

  it("grows the delay from minDelayMs to maxDelayMs and never sleeps past the timeout", async () => {
    let now = 0;
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    };
    const error = await waitForRun(async () => ({ status: "running" as const }), {
      timeoutMs: 200_000,
      clock,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    // Up to 20 % jitter below each nominal delay: 1 s, 1.5 s, 2.25 s … capped at 30 s.
    const nominal = [
      1_000, 1_500, 2_250, 3_375, 5_062.5, 7_593.75, 11_390.625, 17_085.9375, 25_628.90625, 30_000,
    ];
    nominal.forEach((delay, i) => {
      expect(sleeps[i]).toBeGreaterThan(delay * 0.8 - 1e-6);
      expect(sleeps[i]).toBeLessThanOrEqual(delay);
    });
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(30_000);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(200_000);
  });

  it("refuses nonsense options with a ConfigError", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, "timeoutMs"],
      [{ timeoutMs: -1 }, "timeoutMs"],
      [{ timeoutMs: Number.NaN }, "timeoutMs"],
      [{ timeoutMs: 1_000, minDelayMs: 0 }, "minDelayMs"],
      [{ timeoutMs: 1_000, minDelayMs: 50, maxDelayMs: 10 }, "minDelayMs"],
      [{ timeoutMs: 100, minDelayMs: 500 }, "timeoutMs"],
      [{ timeoutMs: 1_000, onProgress: "yes" }, "onProgress"],
      // Timers hold at most 2^31 − 1 ms; a longer delay would fire at once and poll in a tight loop.
      [{ timeoutMs: 2 ** 40, minDelayMs: 2 ** 31 }, "minDelayMs"],
      [{ timeoutMs: 2 ** 40, maxDelayMs: 2 ** 32 }, "maxDelayMs"],
    ];
    for (const [options, option] of cases) {
      const error = await waitForRun(fetchRun, options as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(options)).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).option).toBe(option);
    }
  });

  it("agrees with the model on what is terminal", () => {
    expect(RUN_STATUSES.filter(isTerminal)).toEqual([
      "succeeded",
      "partially_succeeded",
      "failed",
      "canceled",
    ]);
  });
});

describe("after the suite", () => {
  it("leaves no sockets, servers or timers open", async () => {
    await server.close();
    expect(await leakedResources(baseline)).toEqual([]);
  });
});
