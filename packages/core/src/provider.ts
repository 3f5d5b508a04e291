/**
 * `@wfrun/core/provider`: the plumbing a provider package is built from. Users never need it; its names can
 * change in a minor release of core, so provider packages pin core's range.
 */
export {
  createApiClient,
  type ApiClient,
  type HttpMethod,
  type PathsWith,
  type RequestInput,
  type ResponseBody,
} from "./client.js";
export type { Auth, AuthContext, Logger, ProviderRules } from "./transport.js";
export type { StreamResponse, WireHeaders } from "./send.js";
export { RETRY_DEFAULTS, type RetryRule } from "./retry.js";
export { assertPathSegment } from "./path.js";
export { requireSecret } from "./credentials.js";
export { MAX_TIMER_MS } from "./options.js";
export { MAX_JSON_DEPTH, parseJson } from "./json.js";
export { isObject } from "./object.js";
export { withoutTrailingSlash } from "./url.js";
export { REDACTED, redactHeaders, redactText, redactValue } from "./redact.js";
export { checkListOptions, paginate, type Page } from "./paginate.js";
