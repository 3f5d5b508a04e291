// Under exactOptionalPropertyTypes, an option read from the environment or another optional value is
// `T | undefined`: the public option types must take `undefined` wherever they take nothing.
import { waitForRun } from "@wfrun/core";
import { createCopyAiClient } from "@wfrun/copyai";
import { createDifyClient } from "@wfrun/dify";
import { fromCopyAi } from "@wfrun/normalize/copyai";
import { createStripeClient } from "@wfrun/stripe";
import { createZuoraClient } from "@wfrun/zuora";

declare const env: Record<string, string | undefined>;
declare const signal: AbortSignal | undefined;

export async function fromEnvironment(): Promise<unknown[]> {
  const copyai = createCopyAiClient({ apiKey: "k", baseUrl: env["COPYAI_BASE_URL"], timeoutMs: undefined });
  const zuora = createZuoraClient({
    accessToken: "t",
    baseUrl: "http://127.0.0.1:4010/zuora",
    trackId: env["ZUORA_TRACK_ID"],
    entityIds: env["ZUORA_ENTITY_IDS"],
  });
  const run = await waitForRun(
    ({ signal }) => copyai.getWorkflowRun("wf", "run", { signal }).then(fromCopyAi),
    {
      timeoutMs: 1_000,
      minDelayMs: undefined,
      signal,
      onProgress: undefined,
    },
  );
  return [run, await zuora.getWorkflowRun("1", { trackId: env["ZUORA_TRACK_ID"], signal })];
}

// Options read from the environment, where a variable may be unset.
export const optionsFromEnvironment = [
  () => createDifyClient({ apiKey: "k", baseUrl: env["DIFY_BASE_URL"] }),
  () => createStripeClient({ apiKey: "k", stripeVersion: env["STRIPE_VERSION"] }),
];
