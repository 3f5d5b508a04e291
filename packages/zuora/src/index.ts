export {
  createZuoraClient,
  type ZuoraClient,
  type ZuoraClientOptions,
  type ZuoraCredentials,
  type ZuoraRequestOptions,
  type ZuoraTarget,
  type ZuoraWorkflowRun,
  type ZuoraWorkflowRunStatus,
} from "./client.js";
export { ZUORA_ENVIRONMENTS, type ZuoraEnvironment } from "./environments.js";
export type { ZuoraScopeOptions } from "./headers.js";
export { DEFAULT_TOKEN_LIFETIME_SECONDS, TOKEN_REFRESH_MARGIN_MS } from "./token.js";
export type { components, paths } from "./generated/schema.js";
export type { RequestOptions } from "@wfrun/core";
