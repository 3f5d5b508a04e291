import { ConfigError, type WorkflowRun } from "@wfrun/core";
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

/** `<provider> <id…>` from a command's positionals; wrong names or counts are usage errors. */
export function parseTarget(command: string, positionals: readonly string[]): RunTarget {
  const [name, ...ids] = positionals;
  if (name === undefined) throw new UsageError(`missing <provider>: one of ${PROVIDERS.join(", ")}`, command);
  const lower = name.toLowerCase();
  const provider = (PROVIDERS as readonly string[]).includes(lower)
    ? (lower as ProviderName)
    : ALIASES[lower];
  if (provider === undefined) {
    throw new UsageError(`unknown provider ${quote(name)}: use one of ${PROVIDERS.join(", ")}`, command);
  }
  const expected = RUN_ID_NAMES[provider];
  if (ids.length !== expected.length) {
    const usage = `wfrun ${command} ${provider} ${expected.map((id) => `<${id}>`).join(" ")}`;
    throw new UsageError(
      ids.length < expected.length
        ? `missing ${expected
            .slice(ids.length)
            .map((id) => `<${id}>`)
            .join(" ")}: ${usage}`
        : `too many arguments: ${usage}`,
      command,
    );
  }
  return { provider, ids };
}

export interface ConnectOptions {
  env: CliIo["env"];
  secrets: SecretList;
  /** `--base-url`: replaces the provider's `*_BASE_URL` (and, for Zuora, `ZUORA_ENVIRONMENT`). */
  baseUrl?: string | undefined;
  /** Time allowed for one HTTP attempt (the client's default when undefined). */
  timeoutMs?: number | undefined;
}

interface CallOptions {
  signal?: AbortSignal | undefined;
  deadlineMs?: number | undefined;
}

/** Fetches the run once and normalizes it. */
export type RunFetcher = (options: CallOptions) => Promise<WorkflowRun>;

/**
 * A fetcher for the target's run, built from the environment. Each provider's client and mapper are
 * imported only when that provider is used, so `wfrun get dify …` loads nothing of the other three.
 */
export async function connect(target: RunTarget, options: ConnectOptions): Promise<RunFetcher> {
  const { env, baseUrl, timeoutMs } = options;
  const [firstId = "", secondId = ""] = target.ids;
  switch (target.provider) {
    case "stripe": {
      const apiKey = requireSetting(
        env,
        "STRIPE_API_KEY",
        "your Stripe secret (sk_…) or restricted (rk_…) key",
      );
      const [{ createStripeClient }, { fromStripe }] = await Promise.all([
        import("@wfrun/stripe"),
        import("@wfrun/normalize/stripe"),
      ]);
      const client = createStripeClient({
        apiKey,
        baseUrl: baseUrl ?? setting(env, "STRIPE_BASE_URL"),
        // The preview's version is the client's default; pinning another is the user's deliberate choice.
        stripeVersion: setting(env, "STRIPE_VERSION"),
        timeoutMs,
      });
      return (call) => client.getWorkflowRun(firstId, call).then(fromStripe);
    }
    case "dify": {
      const apiKey = requireSetting(env, "DIFY_API_KEY", "your Dify app's API key (app-…)");
      const [{ createDifyClient }, { fromDify }] = await Promise.all([
        import("@wfrun/dify"),
        import("@wfrun/normalize/dify"),
      ]);
      const client = createDifyClient({
        apiKey,
        baseUrl: baseUrl ?? setting(env, "DIFY_BASE_URL"),
        timeoutMs,
      });
      return (call) => client.getWorkflowRun(firstId, call).then(fromDify);
    }
    case "zuora": {
      const { connectZuora } = await import("./zuora.js");
      return connectZuora(firstId, options);
    }
    case "copyai": {
      const apiKey = requireSetting(env, "COPYAI_API_KEY", "your Copy.ai API key");
      const [{ createCopyAiClient }, { fromCopyAi }] = await Promise.all([
        import("@wfrun/copyai"),
        import("@wfrun/normalize/copyai"),
      ]);
      const client = createCopyAiClient({
        apiKey,
        baseUrl: baseUrl ?? setting(env, "COPYAI_BASE_URL"),
        timeoutMs,
      });
      const ids = { workflowId: firstId, runId: secondId };
      return (call) => client.getWorkflowRun(firstId, secondId, call).then((run) => fromCopyAi(run, ids));
    }
  }
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
