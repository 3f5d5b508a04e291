/**
 * Every error wfrun throws is a `WfrunError`; each failure kind has its own class so callers can
 * `instanceof`-check the case they handle. Messages and fields never carry credentials: the transport
 * redacts them before an error is built.
 */

/** What request an error is about: method and URL (query secrets redacted), never headers. */
export interface RequestSummary {
  method: string;
  url: string;
}

export interface WfrunErrorOptions {
  cause?: unknown;
  /** The provider (`"stripe"`, `"dify"` …) whose request failed, when there was one. */
  provider?: string;
  /** How many HTTP attempts were made before this error (retries included). */
  attempts?: number;
  request?: RequestSummary;
}

export class WfrunError extends Error {
  override name = "WfrunError";
  readonly provider: string | undefined;
  readonly attempts: number | undefined;
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: WfrunErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider;
    this.attempts = options.attempts;
    this.request = options.request;
  }
}

/** A client option is missing or makes no sense. Thrown at construction, before any request. */
export class ConfigError extends WfrunError {
  override name = "ConfigError";
  constructor(
    message: string,
    /** The option at fault, such as `apiKey` or `timeoutMs`. */
    readonly option: string,
    options?: WfrunErrorOptions,
  ) {
    super(message, options);
  }
}

/** An argument of a call (a run id, say) is refused before any request is built. */
export class InvalidArgumentError extends WfrunError {
  override name = "InvalidArgumentError";
  constructor(
    message: string,
    /** The argument at fault, such as `id`. */
    readonly argument: string,
    options?: WfrunErrorOptions,
  ) {
    super(message, options);
  }
}

/** The caller's `AbortSignal` stopped the call. */
export class UserAbortError extends WfrunError {
  override name = "UserAbortError";
}

/** The server could not be reached, or the connection broke before a whole response arrived. */
export class ConnectionError extends WfrunError {
  override name = "ConnectionError";
}

/** One request ran out of time: an attempt took longer than `timeoutMs`, or the call passed `deadlineMs`. */
export class TimeoutError extends WfrunError {
  override name = "TimeoutError";
  /** The limit that was hit, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: WfrunErrorOptions) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * `waitForRun` (or `wfrun watch`) ran out of time before the run ended. Not a `TimeoutError`: the run may
 * be fine and still going, and `lastRun` says where it was.
 */
export class WaitTimeoutError<LastRun = unknown> extends WfrunError {
  override name = "WaitTimeoutError";
  /** The wait's limit, in milliseconds. */
  readonly timeoutMs: number;
  /** The last run seen before the time ran out; undefined when no poll had answered yet. */
  readonly lastRun: LastRun | undefined;

  constructor(message: string, timeoutMs: number, options: WfrunErrorOptions & { lastRun?: LastRun } = {}) {
    super(message, options);
    this.timeoutMs = timeoutMs;
    this.lastRun = options.lastRun;
  }
}

/** A 2xx response whose body is not the JSON the spec promises (HTML from a proxy, empty, truncated). */
export class InvalidResponseError extends WfrunError {
  override name = "InvalidResponseError";
  readonly status: number;
  readonly contentType: string | null;
  /** The start of the body (≤ 200 characters, secrets redacted), to tell a proxy page from a bug. */
  readonly bodySnippet: string;

  constructor(
    message: string,
    details: { status: number; contentType: string | null; bodySnippet: string },
    options?: WfrunErrorOptions,
  ) {
    super(message, options);
    this.status = details.status;
    this.contentType = details.contentType;
    this.bodySnippet = details.bodySnippet;
  }
}

/**
 * A response body was larger than `maxResponseBytes` (counted after decompression). Reading stopped there and
 * the connection was closed; it is not retried, since the same request would get the same body.
 */
export class ResponseTooLargeError extends WfrunError {
  override name = "ResponseTooLargeError";
  readonly status: number;
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;

  constructor(message: string, details: { status: number; limitBytes: number }, options?: WfrunErrorOptions) {
    super(message, options);
    this.status = details.status;
    this.limitBytes = details.limitBytes;
  }
}

/** What a vendor's error body says, once read by the provider's own rule. */
export interface VendorErrorInfo {
  /** The vendor's machine-readable code (`not_found`, `NOT_FOUND`, `rate_limit_error` …). */
  code?: string | undefined;
  message?: string | undefined;
  /** A vendor's error category where it has one (Stripe's `type`). */
  type?: string | undefined;
}

export interface ApiErrorDetails extends VendorErrorInfo {
  status: number;
  requestId?: string | undefined;
  headers?: Record<string, string>;
  /** The parsed error body (secrets redacted), or its text when it was not JSON. */
  body?: unknown;
}

/** The server answered with an error. Subclasses name the common statuses. */
export class ApiError extends WfrunError {
  override name = "ApiError";
  readonly status: number;
  readonly code: string | undefined;
  readonly type: string | undefined;
  readonly requestId: string | undefined;
  readonly headers: Record<string, string>;
  readonly body: unknown;

  constructor(message: string, details: ApiErrorDetails, options?: WfrunErrorOptions) {
    super(message, options);
    this.status = details.status;
    this.code = details.code;
    this.type = details.type;
    this.requestId = details.requestId;
    this.headers = details.headers ?? {};
    this.body = details.body;
  }

  /** The one factory: picks the class for an HTTP status. */
  static fromResponse(details: ApiErrorDetails, options?: WfrunErrorOptions): ApiError {
    const parts = [`${options?.provider ?? "API"} answered HTTP ${details.status}`];
    if (details.code) parts.push(`(${details.code})`);
    const message = details.message ? `${parts.join(" ")}: ${details.message}` : parts.join(" ");
    const ErrorClass = errorClassForStatus(details.status);
    return new ErrorClass(message, details, options);
  }
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

function errorClassForStatus(status: number): typeof ApiError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 ? InternalServerError : ApiError;
  }
}
