export {
  WfrunError,
  ConfigError,
  InvalidArgumentError,
  UserAbortError,
  ConnectionError,
  TimeoutError,
  InvalidResponseError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  type ApiErrorDetails,
  type RequestSummary,
  type VendorErrorInfo,
  type WfrunErrorOptions,
} from "./errors.js";
export {
  createApiClient,
  dataOf,
  requireSecret,
  DEFAULT_TIMEOUT_MS,
  type ApiClient,
  type ClientOptions,
  type RequestOptions,
} from "./client.js";
export type { Auth, Logger, ProviderRules } from "./transport.js";
export { RETRY_DEFAULTS, type RetryRule } from "./retry.js";
export { assertPathSegment } from "./path.js";
export { raceAbort } from "./abort.js";
export { parseJson } from "./json.js";
export { REDACTED, redactBody, redactHeaders, redactText, redactUrl, redactValue } from "./redact.js";
export {
  RUN_STATUSES,
  TERMINAL_STATUSES,
  isTerminal,
  type RunError,
  type RunStatus,
  type RunUsage,
  type WorkflowRun,
} from "./model.js";
export type { OpenEnum } from "./types.js";
export { waitForRun, WAIT_DEFAULTS, type Clock, type PolledRun, type WaitForRunOptions } from "./wait.js";
