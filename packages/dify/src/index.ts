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
export type { RequestOptions } from "@wfrun/core";
