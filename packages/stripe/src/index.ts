export {
  createStripeClient,
  DEFAULT_STRIPE_VERSION,
  STRIPE_BASE_URL,
  type StripeClient,
  type StripeClientOptions,
  type StripeWorkflowRun,
  type StripeWorkflowRunStatus,
} from "./client.js";
export type {
  StripeListRunsOptions,
  StripeListWorkflowsOptions,
  StripeRunOperations,
  StripeStartOptions,
  StripeWorkflow,
  StripeWorkflowStatus,
} from "./operations.js";
export type { components, paths } from "./generated/schema.js";
export type { ClientOptions, ListOptions, RequestOptions, RunList } from "@wfrun/core";
// The error classes, so `instanceof` checks need no direct dependency on @wfrun/core.
export * from "@wfrun/core/errors";
