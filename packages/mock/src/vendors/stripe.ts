import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { SPEC_EXAMPLES } from "../generated/examples.js";
import { bearer, matchPath, RATE_LIMIT_HEADERS, type VendorProfile } from "./profile.js";
import { stripeLifecycle } from "./stripe-runs.js";

const RUN = SPEC_EXAMPLES.stripe["GET /v2/extend/workflow_runs/{id}"];
const SUCCEEDED = RUN["200"].succeeded;
const { started_at: STARTED_AT, succeeded_at: ENDED_AT } = SUCCEEDED.status_transitions;

/** Stripe's message when a key is missing (docs.stripe.com/api/authentication); a wrong key is never echoed. */
const NO_KEY_MESSAGE =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer " +
  "auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";

function basicUser(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(headers.authorization ?? "");
  if (!match?.[1]) return undefined;
  const user = Buffer.from(match[1], "base64").toString("utf8").split(":")[0];
  return user?.trim() || undefined;
}

/** Stripe: `started` → `succeeded` or `failed`; the page's example is the succeeded run. */
export const stripe: VendorProfile = {
  provider: "stripe",
  basePath: "/stripe",
  route(segments) {
    const captured = matchPath(segments, ["v2", "extend", "workflow_runs", "*"]);
    return captured && { kind: "run", method: "GET", ref: { runId: captured[0] ?? "" } };
  },
  // Stripe also takes the key as the Basic auth user name (`curl -u sk_test_…:`).
  credential: (headers) => bearer(headers) ?? basicUser(headers),
  precondition(headers) {
    const version = headers["stripe-version"];
    if (typeof version === "string" && version.trim() !== "") return undefined;
    return {
      status: 400,
      body: {
        error: {
          type: "invalid_request_error",
          message:
            "The Stripe-Version header is required for /v2 endpoints, such as `Stripe-Version: 2026-04-22.preview`.",
        },
      },
    };
  },
  commonHeaders: () => ({ "request-id": `req_${randomBytes(8).toString("hex")}` }),
  progress: ["running", "running", "succeeded"],
  run(stage, { runId }) {
    const run = { ...SUCCEEDED, id: runId };
    switch (stage) {
      case "succeeded":
        return run;
      case "failed":
        return {
          ...run,
          status: "failed",
          status_details: {
            failed: { error_message: "The workflow's action failed: the customer has no email." },
            started: {},
            succeeded: null,
          },
          status_transitions: { failed_at: ENDED_AT, started_at: STARTED_AT, succeeded_at: null },
        };
      default:
        // Stripe has no queued status: a run is `started` from the moment it exists.
        return {
          ...run,
          status: "started",
          status_details: { failed: null, started: {}, succeeded: null },
          status_transitions: { failed_at: null, started_at: STARTED_AT, succeeded_at: null },
        };
    }
  },
  unauthorized: (credentialGiven) => ({
    status: 401,
    body: {
      error: {
        type: "invalid_request_error",
        message: credentialGiven ? "Invalid API Key provided." : NO_KEY_MESSAGE,
      },
    },
    headers: { "www-authenticate": 'Bearer realm="Stripe"' },
  }),
  notFound: (ref) => ({
    status: 404,
    body: {
      error: ref
        ? { ...RUN["404"].not_found.error, message: `No such workflow_run: '${ref.runId}'` }
        : {
            type: "invalid_request_error",
            message: "Unrecognized request URL. Please see https://docs.stripe.com/api.",
          },
    },
  }),
  rateLimited: () => ({
    status: 429,
    body: structuredClone(RUN["429"].rate_limit),
    headers: { ...RATE_LIMIT_HEADERS, "stripe-should-retry": "true" },
  }),
  unavailable: () => ({
    status: 503,
    body: {
      error: { type: "api_error", message: "Stripe is temporarily unavailable. Please retry the request." },
    },
    headers: { "stripe-should-retry": "true" },
  }),
  lifecycle: stripeLifecycle,
};
