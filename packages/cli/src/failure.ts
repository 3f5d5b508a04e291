import {
  ApiError,
  ConfigError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  TimeoutError,
  UserAbortError,
  WaitTimeoutError,
  WfrunError,
} from "@wfrun/core";
import { EXIT, UsageError } from "./exit.js";
import { printable } from "./format.js";
import { CREDENTIAL_VARS, type ProviderName } from "./providers.js";

export interface Failure {
  exitCode: number;
  /** Lines for stderr, each already prefixed with `wfrun: `. */
  message: string;
}

/**
 * The exit code and the message for anything a command threw. Messages come from wfrun's own errors, which
 * are redacted where they are built; the output layer redacts once more on the way out.
 */
export function describeFailure(error: unknown, provider?: ProviderName): Failure {
  if (error instanceof UsageError) {
    const help = error.command ? `wfrun ${error.command} --help` : "wfrun --help";
    return failure(EXIT.usage, error.message, `see \`${help}\``);
  }
  if (error instanceof ConfigError) {
    const hint =
      error.option === "baseUrl" ? "check --base-url or the provider's *_BASE_URL variable" : undefined;
    return failure(EXIT.usage, error.message, hint);
  }
  if (error instanceof InvalidArgumentError) return failure(EXIT.usage, error.message);
  if (error instanceof UserAbortError) return failure(EXIT.interrupted, "interrupted");
  if (error instanceof WaitTimeoutError || error instanceof TimeoutError) {
    return failure(EXIT.timedOut, error.message);
  }
  if (error instanceof ApiError) return failure(EXIT.api, error.message, ...apiHints(error, provider));
  if (error instanceof ConnectionError) {
    const where = error.request ? `could not reach ${error.request.url}` : undefined;
    return failure(EXIT.api, error.message, where, "check the network, and --base-url or *_BASE_URL");
  }
  if (error instanceof InvalidResponseError) {
    return failure(EXIT.api, error.message, "a proxy or the wrong --base-url can answer with a web page");
  }
  if (error instanceof WfrunError) {
    // NormalizeError (the answer was not the vendor's run at all) and any later kind of API failure.
    return failure(EXIT.api, error.message);
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return failure(EXIT.internal, `internal error, please report it: ${text}`);
}

function apiHints(error: ApiError, provider: ProviderName | undefined): (string | undefined)[] {
  const hints: (string | undefined)[] = [];
  if (error.requestId) hints.push(`request id: ${error.requestId}`);
  if (error.status === 401 && provider) hints.push(`check ${CREDENTIAL_VARS[provider]}`);
  if (error.status === 404 && isVendorError(error)) {
    hints.push("check the id, and that the credential belongs to the account that owns the run");
  } else if (error.status === 404) {
    // The provider's rules found no code or message in the body: not the vendor's 404, likely not the vendor.
    const variable = provider ? BASE_URL_VARS[provider] : "the provider's *_BASE_URL";
    hints.push(
      `the answer is not ${provider ?? "the vendor"}'s own error: --base-url or ${variable} may be wrong`,
    );
  }
  return hints;
}

const BASE_URL_VARS: Readonly<Record<ProviderName, string>> = {
  stripe: "STRIPE_BASE_URL",
  dify: "DIFY_BASE_URL",
  zuora: "ZUORA_BASE_URL (or ZUORA_ENVIRONMENT)",
  copyai: "COPYAI_BASE_URL",
};

/** The body held what the provider's rules read as its error (a code, a type or a message). */
function isVendorError(error: ApiError): boolean {
  return error.code !== undefined || error.type !== undefined;
}

function failure(exitCode: number, message: string, ...hints: (string | undefined)[]): Failure {
  const lines = [message, ...hints.filter((hint) => hint !== undefined)].flatMap((text) => text.split("\n"));
  return { exitCode, message: lines.map((line) => `wfrun: ${printable(line)}\n`).join("") };
}
