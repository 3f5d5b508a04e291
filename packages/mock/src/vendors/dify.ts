import { SPEC_EXAMPLES } from "../generated/examples.js";
import { difyLifecycle } from "./dify-runs.js";
import { bearer, matchPath, RATE_LIMIT_HEADERS, type VendorProfile } from "./profile.js";

const RUN = SPEC_EXAMPLES.dify["GET /workflows/run/{workflow_run_id}"];
/** Dify sends this with every 401 (langgenius/dify `libs/external_api.py`). */
const CHALLENGE = { "www-authenticate": 'Bearer realm="api"' };

/** Dify: `running` → `succeeded` or `failed` (its other statuses are not simulated). */
export const dify: VendorProfile = {
  provider: "dify",
  basePath: "/dify/v1",
  route(segments) {
    const captured = matchPath(segments, ["workflows", "run", "*"]);
    return captured && { kind: "run", method: "GET", ref: { runId: captured[0] ?? "" } };
  },
  credential: bearer,
  progress: ["running", "running", "succeeded"],
  run(stage, { runId }) {
    switch (stage) {
      case "succeeded":
        return { ...RUN["200"].succeeded, id: runId };
      case "failed":
        // A failed run keeps what it did until the failing node; Dify reports the node's error as a string.
        return {
          ...RUN["200"].succeeded,
          id: runId,
          status: "failed",
          outputs: {},
          error: "Node LLM run failed: [openai] Error: the model provider's quota was exceeded.",
        };
      default:
        // The spec's running example, whose `inputs` is the JSON string older Dify pages document.
        return { ...RUN["200"].running_inputs_json_string, id: runId };
    }
  },
  unauthorized: (credentialGiven) => ({
    status: 401,
    body: credentialGiven
      ? structuredClone(RUN["401"].unauthorized)
      : {
          ...RUN["401"].unauthorized,
          message: "Authorization header must be provided and start with 'Bearer'",
        },
    headers: CHALLENGE,
  }),
  notFound: (ref) => ({
    status: 404,
    body: ref
      ? structuredClone(RUN["404"].not_found)
      : {
          code: "not_found",
          message:
            "The requested URL was not found on the server. If you entered the URL manually please check your " +
            "spelling and try again.",
          status: 404,
        },
  }),
  // `too_many_requests` is the retryable 429 (app concurrency); `rate_limit_error` (quota) is not.
  rateLimited: () => ({
    status: 429,
    body: structuredClone(RUN["429"].too_many_requests),
    headers: RATE_LIMIT_HEADERS,
  }),
  // Dify names errors after the Werkzeug exception (as its `internal_server_error` example shows).
  unavailable: () => ({
    status: 503,
    body: {
      code: "service_unavailable",
      message:
        "The server is temporarily unable to service your request due to maintenance downtime or capacity " +
        "problems. Please try again later.",
      status: 503,
    },
  }),
  lifecycle: difyLifecycle,
};
