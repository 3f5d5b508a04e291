export {
  COPYAI_BASE_URL,
  createCopyAiClient,
  type CopyAiClient,
  type CopyAiClientOptions,
  type CopyAiWorkflowRun,
  type CopyAiWorkflowRunStatus,
} from "./client.js";
export type { components, paths } from "./generated/schema.js";
export type { RequestOptions } from "@wfrun/core";
