export {
  createDifyClient,
  DIFY_BASE_URL,
  type DifyClient,
  type DifyClientOptions,
  type DifyInteger,
  type DifyWorkflowRun,
  type DifyWorkflowRunStatus,
} from "./client.js";
export type {
  DifyBlockingRun,
  DifyListRunsOptions,
  DifyRunInput,
  DifyRunOperations,
  DifyRunStream,
  DifyStreamEventsOptions,
  DifyWorkflowLogEntry,
} from "./operations.js";
export type { DifyStreamEvent } from "./events.js";
export type { components, paths } from "./generated/schema.js";
export type { ClientOptions, ListOptions, RequestOptions, RunList } from "@wfrun/core";
// The error classes, so `instanceof` checks need no direct dependency on @wfrun/core.
export * from "@wfrun/core/errors";
