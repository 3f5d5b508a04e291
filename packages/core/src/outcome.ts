import {
  ApiError,
  InvalidResponseError,
  ResponseTooLargeError,
  type RequestSummary,
  type VendorErrorInfo,
  type WfrunErrorOptions,
} from "./errors.js";
import { parseJson } from "./json.js";
import { redactedSnippet, redactHeaders, redactText, redactValue } from "./redact.js";
import type { WireHeaders, WireResponse } from "./send.js";
import type { ProviderRules } from "./transport.js";

// How a response becomes what a call returns, or the error it throws: short, redacted, typed.

const SNIPPET = 200;
const DEFAULT_REQUEST_ID_HEADERS = ["request-id", "x-request-id"];

export interface Context {
  rules: ProviderRules;
  attempts: number;
  summary(): RequestSummary;
}

function errorOptions(context: Context, cause?: unknown): WfrunErrorOptions {
  const options: WfrunErrorOptions = {
    provider: context.rules.provider,
    attempts: context.attempts,
    request: context.summary(),
  };
  if (cause !== undefined) options.cause = cause;
  return options;
}

/** A 2xx body as a JSON object, or the `InvalidResponseError` that says why it is none. */
export function parseObject(response: WireResponse, text: string, context: Context): Record<string, unknown> {
  let body: unknown;
  let problem: string;
  try {
    body = parseJson(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
    problem = `JSON that is not an object (${Array.isArray(body) ? "an array" : String(body === null ? null : typeof body)})`;
  } catch (error) {
    // The SyntaxError's own message is kept, never the error: parseJson's messages quote nothing of the text.
    problem = text.trim() === "" ? "an empty body" : `a body that is not JSON: ${(error as Error).message}`;
  }
  throw invalidBody(response, text, problem, context);
}

/** The 2xx body is not what the vendor sends: `problem` says how (it quotes nothing of the body). */
export function invalidBody(
  response: WireResponse,
  text: string,
  problem: string,
  context: Context,
): InvalidResponseError {
  const secrets = context.rules.secrets();
  return new InvalidResponseError(
    `${context.rules.provider} answered HTTP ${response.status} with ${problem} (${describeBody(response.headers, text, secrets)})`,
    {
      status: response.status,
      contentType: response.headers.get("content-type"),
      bodySnippet: redactedSnippet(text, secrets, SNIPPET),
    },
    errorOptions(context),
  );
}

/** The typed error for an error response, or for an error a vendor put in a 2xx body (`info` given). */
export function apiError(
  response: WireResponse,
  text: string,
  context: Context,
  info?: VendorErrorInfo & { status?: number | undefined },
): ApiError {
  const { rules } = context;
  const secrets = rules.secrets();
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    // Not JSON (a proxy's HTML page): the redacted start of the text is shown instead.
  }
  if (body !== undefined) info ??= rules.errorInfo(body);
  const fallback = text.trim()
    ? `${response.statusText || "error"} (${describeBody(response.headers, text, secrets)})`
    : response.statusText || undefined;
  const requestId = (rules.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS)
    .map((name) => response.headers.get(name))
    .find((value) => value);
  return ApiError.fromResponse(
    {
      status: info?.status ?? response.status,
      code: shown(info?.code, secrets),
      type: shown(info?.type, secrets),
      message: info?.message === undefined ? fallback : redactText(info.message, secrets),
      requestId: shown(requestId ?? undefined, secrets),
      headers: headersShown(response.headers, secrets),
      body: body === undefined ? redactedSnippet(text, secrets, SNIPPET) : redactValue(body, secrets),
    },
    errorOptions(context),
  );
}

/** A redirect wfrun will not follow, as the error of its status. */
export function refusedRedirect(response: WireResponse, why: string, context: Context): ApiError {
  return ApiError.fromResponse(
    {
      status: response.status,
      message: `redirected ${why}, so wfrun did not follow it`,
      headers: headersShown(response.headers, context.rules.secrets()),
    },
    errorOptions(context),
  );
}

export function tooLarge(response: WireResponse, limit: number, context: Context): ResponseTooLargeError {
  return new ResponseTooLargeError(
    `${context.rules.provider} answered HTTP ${response.status} with a body larger than the ${limit}-byte limit ` +
      "(maxResponseBytes); wfrun stopped reading it",
    { status: response.status, limitBytes: limit },
    errorOptions(context),
  );
}

function shown(value: string | undefined, secrets: readonly string[]): string | undefined {
  return value === undefined ? undefined : redactText(value, secrets);
}

function headersShown(headers: WireHeaders, secrets: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  headers.forEach((value, name) => (entries[name] = value));
  return redactHeaders(entries, secrets);
}

function describeBody(headers: WireHeaders, text: string, secrets: readonly string[]): string {
  const type = headers.get("content-type") ?? "no content-type";
  if (text.trim() === "") return `empty body, ${type}`;
  const start = redactedSnippet(text, secrets, 60).replace(/\s+/g, " ");
  return `${type}, ${text.length} characters starting ${JSON.stringify(start)}`;
}
