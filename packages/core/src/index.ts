// What users import. Provider plumbing lives in `@wfrun/core/provider`, so no helper is public by accident.
export {
  WfrunError,
  ConfigError,
  InvalidArgumentError,
  UserAbortError,
  ConnectionError,
  TimeoutError,
  WaitTimeoutError,
  InvalidResponseError,
  ResponseTooLargeError,
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
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type FetchFunction,
  type RequestOptions,
} from "./options.js";
export type { Logger } from "./transport.js";
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
export type { ListOptions, RunList } from "./paginate.js";
