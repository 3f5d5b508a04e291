export {
  createDifyClient,
  DIFY_BASE_URL,
  type DifyClient,
  type DifyClientOptions,
  type DifyInteger,
  type DifyWorkflowRun,
  type DifyWorkflowRunStatus,
} from "./client.js";
export type { components, paths } from "./generated/schema.js";
export type { ClientOptions, RequestOptions } from "@wfrun/core";
// The error classes, so `instanceof` checks need no direct dependency on @wfrun/core.
export * from "@wfrun/core/errors";
