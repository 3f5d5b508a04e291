export {
  COPYAI_BASE_URL,
  createCopyAiClient,
  type CopyAiClient,
  type CopyAiClientOptions,
  type CopyAiWorkflowRun,
  type CopyAiWorkflowRunStatus,
} from "./client.js";
export type {
  CopyAiListRunsOptions,
  CopyAiRunOperations,
  CopyAiStartedRun,
  CopyAiStartRunInput,
} from "./operations.js";
export type { components, paths } from "./generated/schema.js";
export type { ClientOptions, ListOptions, RequestOptions, RunList } from "@wfrun/core";
// The error classes, so `instanceof` checks need no direct dependency on @wfrun/core.
export * from "@wfrun/core/errors";
