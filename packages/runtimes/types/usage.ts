// What a user writes, compiled against the published declarations (each package's dist/*.d.ts) under each
// runtime's types. Compiled only, never run.
import { createCopyAiClient } from "@wfrun/copyai";
import { isTerminal, NotFoundError, waitForRun, type ClientOptions, type WorkflowRun } from "@wfrun/core";
import { createDifyClient } from "@wfrun/dify";
import { normalize } from "@wfrun/normalize";
import { fromDify } from "@wfrun/normalize/dify";
import { fromStripe } from "@wfrun/normalize/stripe";
import { createStripeClient } from "@wfrun/stripe";
import { createZuoraClient } from "@wfrun/zuora";

const base = "http://127.0.0.1:4010";

// A fetch wrapper of one's own (instrumentation, a proxy), and the runtime's own fetch.
const logged: ClientOptions["fetch"] = async (input, init) => {
  const response = await fetch(input, init);
  return response;
};
const options: ClientOptions = { baseUrl: `${base}/copyai`, fetch: logged, timeoutMs: 5_000, maxRetries: 1 };

export async function usage(signal?: AbortSignal): Promise<WorkflowRun[]> {
  const dify = createDifyClient({ apiKey: "app-key", baseUrl: `${base}/dify/v1`, fetch: logged });
  const stripe = createStripeClient({ apiKey: "rk_test_key", baseUrl: `${base}/stripe`, fetch });
  const zuora = createZuoraClient({ clientId: "id", clientSecret: "secret", baseUrl: `${base}/zuora` });
  const copyai = createCopyAiClient({ ...options, apiKey: "key" });

  // The README's pattern: waitForRun hands the call a signal to pass on.
  const waited = await waitForRun(({ signal }) => stripe.getWorkflowRun("run", { signal }).then(fromStripe), {
    timeoutMs: 60_000,
    ...(signal ? { signal } : {}),
    onProgress: (run) => run.status,
  });
  const runs: WorkflowRun[] = [waited, fromDify(await dify.getWorkflowRun("run", { timeoutMs: 1_000 }))];
  runs.push(normalize("zuora", await zuora.getWorkflowRun("1", { trackId: "track" })));
  try {
    runs.push(normalize("copyai", await copyai.getWorkflowRun("wf", "run")));
  } catch (error) {
    if (error instanceof NotFoundError) return runs.filter((run) => isTerminal(run.status));
    throw error;
  }
  return runs;
}
