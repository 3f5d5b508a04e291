// The checks every runtime runs against @wfrun/mock: web APIs only (fetch, timers, AbortController), so the
// same bundle runs in Node, Bun, Deno, an edge VM, workerd and a browser page. It reports outcomes as plain
// data and asserts nothing itself: the Node test that started the runtime compares them with what it expects.
import { createCopyAiClient } from "@wfrun/copyai";
import { waitForRun, type Logger, type WorkflowRun } from "@wfrun/core";
import { createDifyClient } from "@wfrun/dify";
import { fromCopyAi } from "@wfrun/normalize/copyai";
import { fromDify } from "@wfrun/normalize/dify";
import { fromStripe } from "@wfrun/normalize/stripe";
import { fromZuora } from "@wfrun/normalize/zuora";
import { createStripeClient } from "@wfrun/stripe";
import { createZuoraClient } from "@wfrun/zuora";

export const VENDORS = ["stripe", "dify", "zuora", "copyai"] as const;
export type Vendor = (typeof VENDORS)[number];
export const CHECKS = ["get", "404", "waitForRun", "retry", "redirect"] as const;
/** Checks run once, not per vendor. */
export type Check = (typeof CHECKS)[number] | "user-agent";

/** What one check saw: the normalized status, or the error's class name and message. */
export interface Outcome {
  vendor: Vendor;
  check: Check;
  /** The normalized status of the run the check ended with. */
  status?: string;
  /** Statuses reported by waitForRun's onProgress, in order. */
  progress?: string[];
  /** The delays the client waited before its retries, from its debug log. */
  retryDelaysMs?: number[];
  error?: { name: string; message: string; status?: number; requestId?: string };
}

type Fetcher = (runId: string, signal?: AbortSignal) => Promise<WorkflowRun>;

const COMMON = { timeoutMs: 10_000 };

function fetchers(baseUrls: Record<Vendor, string>, logger: Logger): Record<Vendor, Fetcher> {
  const stripe = createStripeClient({
    ...COMMON,
    logger,
    apiKey: "sk_test_runtimes",
    baseUrl: baseUrls.stripe,
  });
  const dify = createDifyClient({ ...COMMON, logger, apiKey: "app-runtimes", baseUrl: baseUrls.dify });
  const zuora = createZuoraClient({
    ...COMMON,
    logger,
    clientId: "runtimes-id",
    clientSecret: "runtimes-secret",
    baseUrl: baseUrls.zuora,
  });
  const copyai = createCopyAiClient({
    ...COMMON,
    logger,
    apiKey: "copyai-runtimes",
    baseUrl: baseUrls.copyai,
  });
  const options = (signal?: AbortSignal) => (signal ? { signal } : {});
  return {
    stripe: (id, signal) => stripe.getWorkflowRun(id, options(signal)).then(fromStripe),
    dify: (id, signal) => dify.getWorkflowRun(id, options(signal)).then(fromDify),
    zuora: (id, signal) => zuora.getWorkflowRun(id, options(signal)).then(fromZuora),
    copyai: (id, signal) =>
      copyai.getWorkflowRun("wf_runtimes", id, options(signal)).then((run) => fromCopyAi(run)),
  };
}

function describeError(error: unknown): NonNullable<Outcome["error"]> {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const { status, requestId } = error as { status?: unknown; requestId?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof status === "number" ? { status } : {}),
    ...(typeof requestId === "string" ? { requestId } : {}),
  };
}

/**
 * Runs every check for every vendor, one vendor after another, and never throws. `echoUrl` is a Dify-shaped
 * server that records request headers: one call to it shows the User-Agent this runtime sends.
 */
export async function runScenario(baseUrls: Record<Vendor, string>, echoUrl: string): Promise<Outcome[]> {
  const delays: number[] = [];
  const logger: Logger = {
    debug(_message, fields) {
      if (typeof fields["delayMs"] === "number") delays.push(fields["delayMs"]);
    },
  };
  const get = fetchers(baseUrls, logger);
  const outcomes: Outcome[] = [];
  for (const vendor of VENDORS) {
    const attempt = async (check: Check, body: () => Promise<Omit<Outcome, "vendor" | "check">>) => {
      try {
        outcomes.push({ vendor, check, ...(await body()) });
      } catch (error) {
        outcomes.push({ vendor, check, error: describeError(error) });
      }
    };
    await attempt("get", async () => ({ status: (await get[vendor]("run_succeeded")).status }));
    await attempt("404", async () => ({ status: (await get[vendor]("run_missing")).status }));
    await attempt("waitForRun", async () => {
      const progress: string[] = [];
      const run = await waitForRun(({ signal }) => get[vendor]("run_progress", signal), {
        timeoutMs: 30_000,
        minDelayMs: 10,
        maxDelayMs: 20,
        onProgress: (seen) => progress.push(seen.status),
      });
      return { status: run.status, progress };
    });
    await attempt("retry", async () => {
      delays.length = 0;
      const run = await get[vendor]("run_rate_limited");
      return { status: run.status, retryDelaysMs: [...delays] };
    });
    await attempt("redirect", async () => ({ status: (await get[vendor]("run_moved")).status }));
  }
  try {
    const echo = createDifyClient({ ...COMMON, apiKey: "app-runtimes", baseUrl: echoUrl });
    const run = fromDify(await echo.getWorkflowRun("run_user_agent"));
    outcomes.push({ vendor: "dify", check: "user-agent", status: run.status });
  } catch (error) {
    outcomes.push({ vendor: "dify", check: "user-agent", error: describeError(error) });
  }
  return outcomes;
}
