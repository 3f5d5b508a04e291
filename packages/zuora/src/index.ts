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
export type {
  ZuoraAsyncAccepted,
  ZuoraRunOperations,
  ZuoraRunParameters,
  ZuoraStartOptions,
} from "./operations.js";
export { ZUORA_ENVIRONMENTS, type ZuoraEnvironment } from "./environments.js";
export type { ZuoraScopeOptions } from "./headers.js";
export type { components, paths } from "./generated/schema.js";
export type { ClientOptions, ListOptions, RequestOptions, RunList } from "@wfrun/core";
// The error classes, so `instanceof` checks need no direct dependency on @wfrun/core.
export * from "@wfrun/core/errors";
