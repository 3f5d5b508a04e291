import type { VendorErrorInfo } from "@wfrun/core";
import { isObject } from "@wfrun/core/provider";
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

/**
 * Reads a Zuora error body. The documented one is `/v1`'s `{success: false, processId, reasons: [{code,
 * message}]}`, where `code` is an eight-digit number; the first reason is the main one. Zuora's Actions and
 * CRUD endpoints use `{Success: false, Errors: [{Code, Message}]}`, its gateway `{message}`, and a token
 * refusal may be an OAuth 2.0 `{error, error_description}`: none of them is documented for these two
 * operations, so each is read rather than shown as raw text.
 */
export function zuoraErrorInfo(body: unknown): VendorErrorInfo | undefined {
  if (!isObject(body)) return undefined;
  const reasons = Array.isArray(body.reasons) ? body.reasons : Array.isArray(body.Errors) ? body.Errors : [];
  const first = reasons.find(isObject);
  if (first) {
    return { code: text(first.code ?? first.Code), message: text(first.message ?? first.Message) };
  }
  // The Workflow endpoints' own body: `{errors: [{status, code, title}]}` (Run a workflow, 400/406/409).
  const workflowError = Array.isArray(body.errors) ? body.errors.find(isObject) : undefined;
  if (workflowError) return { code: text(workflowError.code), message: text(workflowError.title) };
  if (typeof body.error === "string") {
    return { code: body.error, message: text(body.error_description) };
  }
  if (typeof body.message === "string") return { code: text(body.code), message: body.message };
  return undefined;
}

/**
 * Zuora's error category is the last two digits of the eight-digit code
 * (developer.zuora.com/docs/guides/error-codes). It picks the status an error sent with HTTP 200 stands for.
 */
const STATUS_BY_CATEGORY: Readonly<Record<string, number>> = {
  "10": 403, // permission or access denied
  "11": 401, // authentication failed
  "20": 400, // invalid format or value
  "21": 400, // unknown field in request
  "22": 400, // missing required field
  "23": 400, // missing required parameter
  "30": 400, // rule restriction
  "40": 404, // not found
  "45": 400, // unsupported request
  "50": 409, // locking contention
  "60": 500, // internal error
  "61": 503, // temporary error
  "70": 429, // request exceeded limit
  "90": 400, // malformed request
  "99": 500, // integration error
};

/**
 * Zuora can answer HTTP 200 with `success: false`: that is an error, never a run. The status it stands for
 * comes from the error category; an unknown category keeps the HTTP status.
 */
export function zuoraSuccessError(body: unknown): (VendorErrorInfo & { status?: number }) | undefined {
  if (!isObject(body) || (body.success !== false && body.Success !== false)) return undefined;
  const info = zuoraErrorInfo(body) ?? {};
  const category = info.code && /^\d{3,}$/.test(info.code) ? info.code.slice(-2) : undefined;
  const status = category === undefined ? undefined : STATUS_BY_CATEGORY[category];
  return status === undefined ? info : { ...info, status };
}
