/**
 * `@wfrun/normalize`: the shared model, `isTerminal`, `NormalizeError`, and `normalize(provider, payload)` for
 * callers that learn the provider at run time. This entry bundles all four mappers; a caller that knows its
 * vendor imports `@wfrun/normalize/<vendor>` and bundles only that one. Nothing here names a provider
 * package's types, so this entry type-checks with none of them installed.
 */
import { InvalidArgumentError, type WorkflowRun } from "@wfrun/core";
import { fromCopyAi, type CopyAiRunIds } from "./copyai.js";
import { fromDify } from "./dify.js";
import { fromStripe } from "./stripe.js";
import { fromZuora } from "./zuora.js";

export {
  RUN_STATUSES,
  TERMINAL_STATUSES,
  isTerminal,
  type RunError,
  type RunStatus,
  type RunUsage,
  type WorkflowRun,
} from "@wfrun/core";
export { NormalizeError } from "./shared.js";
export type { StartedRun } from "./started.js";

export const PROVIDERS = ["stripe", "dify", "zuora", "copyai"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Ids the caller requested with. Only Copy.ai needs them: its run does not always carry `workflowId`. */
export interface NormalizeIds {
  workflowId?: string;
  runId?: string;
}

export function isProviderName(name: unknown): name is ProviderName {
  return typeof name === "string" && (PROVIDERS as readonly string[]).includes(name);
}

/**
 * Maps a payload from the named provider to the shared model, like `fromStripe`, `fromDify`, `fromZuora` or
 * `fromCopyAi`. Throws `NormalizeError` when the payload is not that provider's run, and
 * `InvalidArgumentError` (argument `provider`) for a provider name this package does not know.
 */
export function normalize<P extends ProviderName>(
  provider: P,
  payload: unknown,
  ids?: NormalizeIds,
): WorkflowRun<P>;
export function normalize(provider: string, payload: unknown, ids?: NormalizeIds): WorkflowRun<ProviderName>;
export function normalize(
  provider: string,
  payload: unknown,
  ids: NormalizeIds = {},
): WorkflowRun<ProviderName> {
  switch (provider) {
    case "stripe":
      return fromStripe(payload);
    case "dify":
      return fromDify(payload);
    case "zuora":
      return fromZuora(payload);
    case "copyai":
      return fromCopyAi(payload, ids satisfies CopyAiRunIds | undefined);
    default:
      // The name is not echoed: it may come from anywhere, and the known names are what helps.
      throw new InvalidArgumentError(
        `normalize: unknown provider; expected one of ${PROVIDERS.join(", ")}`,
        "provider",
      );
  }
}
