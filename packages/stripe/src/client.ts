import {
  ConfigError,
  type ClientOptions,
  type OpenEnum,
  type RequestOptions,
  type VendorErrorInfo,
} from "@wfrun/core";
import {
  assertPathSegment,
  createApiClient,
  isObject,
  requireSecret,
  type ProviderRules,
} from "@wfrun/core/provider";
import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";
import { stripeRunOperations, type StripeRunOperations } from "./operations.js";

export const STRIPE_BASE_URL = "https://api.stripe.com";
/** The preview this package's spec describes; a newer preview may change the resource's shape. */
export const DEFAULT_STRIPE_VERSION = "2026-04-22.preview";

export interface StripeClientOptions extends ClientOptions {
  /** A secret or restricted key (`sk_…`, `rk_…`). */
  apiKey: string;
  /** The `Stripe-Version` preview to pin. Default {@link DEFAULT_STRIPE_VERSION}. */
  stripeVersion?: string | undefined;
}

type Schema = components["schemas"]["WorkflowRun"];
type StatusDetails = components["schemas"]["WorkflowRunStatusDetails"];
type Trigger = components["schemas"]["WorkflowRunTrigger"];
/** `started`, `succeeded`, `failed`, or a status Stripe adds later (stripe-node types it as open too). */
export type StripeWorkflowRunStatus = OpenEnum<Schema["status"]>;
/**
 * The run as the spec describes it, loosened where stripe-node types it more openly, so that its
 * `WorkflowRun` is a `StripeWorkflowRun` too: `status` and `trigger.type` are open, and the empty
 * `status_details.started`/`succeeded` (interfaces without an index signature there) are any object.
 */
export type StripeWorkflowRun = Omit<Schema, "status" | "status_details" | "trigger"> & {
  status: StripeWorkflowRunStatus;
  status_details?:
    | (Omit<StatusDetails, "started" | "succeeded"> & { started?: object | null; succeeded?: object | null })
    | null;
  trigger: Omit<Trigger, "type"> & { type: OpenEnum<Trigger["type"]> };
};

export interface StripeClient extends StripeRunOperations {
  /** Retrieves a Workflow Run (`GET /v2/extend/workflow_runs/{id}`). */
  getWorkflowRun(runId: string, options?: RequestOptions): Promise<StripeWorkflowRun>;
  /** The typed openapi-fetch client, for endpoints this package does not wrap. */
  raw: Client<paths>;
}

const WHERE = "createStripeClient";
const PROVIDER = "stripe";

export function createStripeClient(options: StripeClientOptions): StripeClient {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(`${WHERE}: pass an options object with \`apiKey\``, "options");
  }
  const apiKey = requireSecret(options.apiKey, "apiKey", "STRIPE_API_KEY", WHERE);
  const stripeVersion = options.stripeVersion ?? DEFAULT_STRIPE_VERSION;
  if (typeof stripeVersion !== "string" || !/^[\w.-]+$/.test(stripeVersion)) {
    throw new ConfigError(
      `${WHERE}: \`stripeVersion\` must look like ${DEFAULT_STRIPE_VERSION}`,
      "stripeVersion",
    );
  }
  const rules: ProviderRules = {
    provider: PROVIDER,
    auth: { headers: { authorization: `Bearer ${apiKey}` } },
    secrets: () => [apiKey],
    errorInfo: stripeErrorInfo,
    // Stripe says per response whether a retry is safe; when it does, that decides.
    retryRules: [{ header: "stripe-should-retry" }],
    requestIdHeaders: ["request-id"],
    idempotencyHeader: "Idempotency-Key",
  };
  const versionHeader = { "Stripe-Version": stripeVersion };
  const api = createApiClient<paths>(rules, options.baseUrl ?? STRIPE_BASE_URL, options);
  return {
    ...stripeRunOperations(api, stripeVersion),
    raw: api.raw,
    async getWorkflowRun(runId, options) {
      assertPathSegment("runId", runId);
      return api.request(
        "get",
        "/v2/extend/workflow_runs/{id}",
        { params: { path: { id: runId }, header: versionHeader } },
        options,
      );
    },
  };
}

function stripeErrorInfo(body: unknown): VendorErrorInfo | undefined {
  const error = isObject(body) ? body.error : undefined;
  if (!isObject(error)) return undefined;
  const { code, message, type } = error;
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
    type: typeof type === "string" ? type : undefined,
  };
}
