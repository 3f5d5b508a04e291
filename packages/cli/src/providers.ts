import { ConfigError, type Logger, type WorkflowRun } from "@wfrun/core";
import { quote } from "./args.js";
import { UsageError } from "./exit.js";
import type { CliIo, SecretList } from "./io.js";

export const PROVIDERS = ["stripe", "dify", "zuora", "copyai"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

const ALIASES: Readonly<Record<string, ProviderName>> = { "copy.ai": "copyai", "copy-ai": "copyai" };

/** What each provider's ids are called on the command line; Copy.ai needs the workflow id as well. */
const RUN_ID_NAMES: Readonly<Record<ProviderName, readonly string[]>> = {
  stripe: ["run-id"],
  dify: ["run-id"],
  zuora: ["run-id"],
  copyai: ["workflow-id", "run-id"],
};

/** Where a refused credential comes from, for the hint under a 401. */
export const CREDENTIAL_VARS: Readonly<Record<ProviderName, string>> = {
  stripe: "STRIPE_API_KEY",
  dify: "DIFY_API_KEY",
  zuora: "ZUORA_CLIENT_ID and ZUORA_CLIENT_SECRET (or ZUORA_ACCESS_TOKEN)",
  copyai: "COPYAI_API_KEY",
};

export interface RunTarget {
  provider: ProviderName;
  /** One id, or Copy.ai's workflow id and run id. */
  ids: readonly string[];
}

/**
 * `<provider> <id…>` from a command's positionals; wrong names or counts are usage errors. With `several`,
 * more run ids may follow (Copy.ai: one workflow id, then its run ids): one target per run.
 */
export function parseTargets(
  command: string,
  positionals: readonly string[],
  several = false,
): [RunTarget, ...RunTarget[]] {
  const [name, ...ids] = positionals;
  const provider = parseProvider(command, name);
  const expected = RUN_ID_NAMES[provider];
  const usage = `wfrun ${command} ${provider} ${expected.map((id) => `<${id}>`).join(" ")}${several ? "…" : ""}`;
  if (ids.length < expected.length) {
    const missing = expected.slice(ids.length).map((id) => `<${id}>`);
    throw new UsageError(`missing ${missing.join(" ")}: ${usage}`, command);
  }
  if (ids.length > expected.length && !several) throw new UsageError(`too many arguments: ${usage}`, command);
  // The ids before the last one are shared (Copy.ai's workflow id); each further id is another run.
  const shared = ids.slice(0, expected.length - 1);
  const runIds = ids.slice(expected.length - 1);
  const [first, ...rest] = runIds.map((runId): RunTarget => ({ provider, ids: [...shared, runId] }));
  return [first!, ...rest]; // ids.length >= expected.length: at least one run id
}

export interface ConnectOptions {
  env: CliIo["env"];
  secrets: SecretList;
  /** `--base-url`: replaces the provider's `*_BASE_URL` (and, for Zuora, `ZUORA_ENVIRONMENT`). */
  baseUrl?: string | undefined;
  /** `--verbose`: core's redacted debug lines (each attempt, each retry). */
  logger?: Logger | undefined;
}

interface CallOptions {
  signal?: AbortSignal | undefined;
  deadlineMs?: number | undefined;
}

/** Fetches one run (its ids as on the command line) and normalizes it. */
export type RunFetcher = (ids: readonly string[], options: CallOptions) => Promise<WorkflowRun>;

/**
 * A fetcher for the provider's runs, built from the environment; one client serves every run fetched. Each
 * provider's client and mapper are imported only when that provider is used, so `wfrun get dify …` loads
 * nothing of the other three.
 */
export async function connect(provider: ProviderName, options: ConnectOptions): Promise<RunFetcher> {
  switch (provider) {
    case "stripe": {
      const [client, { fromStripe }] = await Promise.all([
        stripeFromEnv(options),
        import("@wfrun/normalize/stripe"),
      ]);
      return ([id = ""], call) => client.getWorkflowRun(id, call).then(fromStripe);
    }
    case "dify": {
      const [client, { fromDify }] = await Promise.all([
        difyFromEnv(options),
        import("@wfrun/normalize/dify"),
      ]);
      return ([id = ""], call) => client.getWorkflowRun(id, call).then(fromDify);
    }
    case "zuora": {
      const { connectZuora } = await import("./zuora.js");
      return connectZuora(options);
    }
    case "copyai": {
      const [client, { fromCopyAi }] = await Promise.all([
        copyAiFromEnv(options),
        import("@wfrun/normalize/copyai"),
      ]);
      return ([workflowId = "", runId = ""], call) =>
        client.getWorkflowRun(workflowId, runId, call).then((run) => fromCopyAi(run, { workflowId, runId }));
    }
  }
}

// Each provider's client from the environment, imported only when that provider is used (get and the
// lifecycle commands share these; Zuora's is in zuora.ts).

export async function stripeFromEnv({ env, baseUrl, logger }: ConnectOptions) {
  const apiKey = requireSetting(env, "STRIPE_API_KEY", "your Stripe secret (sk_…) or restricted (rk_…) key");
  const { createStripeClient } = await import("@wfrun/stripe");
  return createStripeClient({
    apiKey,
    baseUrl: baseUrl ?? setting(env, "STRIPE_BASE_URL"),
    // The preview's version is the client's default; pinning another is the user's deliberate choice.
    stripeVersion: setting(env, "STRIPE_VERSION"),
    logger,
  });
}

export async function difyFromEnv({ env, baseUrl, logger }: ConnectOptions) {
  const apiKey = requireSetting(env, "DIFY_API_KEY", "your Dify app's API key (app-…)");
  const { createDifyClient } = await import("@wfrun/dify");
  return createDifyClient({ apiKey, baseUrl: baseUrl ?? setting(env, "DIFY_BASE_URL"), logger });
}

export async function copyAiFromEnv({ env, baseUrl, logger }: ConnectOptions) {
  const apiKey = requireSetting(env, "COPYAI_API_KEY", "your Copy.ai API key");
  const { createCopyAiClient } = await import("@wfrun/copyai");
  return createCopyAiClient({ apiKey, baseUrl: baseUrl ?? setting(env, "COPYAI_BASE_URL"), logger });
}

/** An environment variable's value; unset, empty and blank are the same: not set. */
export function setting(env: CliIo["env"], name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

function requireSetting(env: CliIo["env"], name: string, what: string): string {
  const value = setting(env, name);
  if (value === undefined) throw new ConfigError(`${name} is not set: export ${what} as ${name}`, name);
  return value;
}

/** The `<provider>` argument of a command: a provider name or one of its aliases, any case. */
export function parseProvider(command: string, name: string | undefined): ProviderName {
  if (name === undefined) throw new UsageError(`missing <provider>: one of ${PROVIDERS.join(", ")}`, command);
  const lower = name.toLowerCase();
  const provider = (PROVIDERS as readonly string[]).includes(lower)
    ? (lower as ProviderName)
    : ALIASES[lower];
  if (provider === undefined) {
    throw new UsageError(`unknown provider ${quote(name)}: use one of ${PROVIDERS.join(", ")}`, command);
  }
  return provider;
}
