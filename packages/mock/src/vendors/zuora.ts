import { randomBytes } from "node:crypto";
import { SPEC_EXAMPLES } from "../generated/examples.js";
import { bearer, matchPath, RATE_LIMIT_HEADERS, type Reply, type VendorProfile } from "./profile.js";
import { zuoraLifecycle } from "./zuora-runs.js";

const RUN = SPEC_EXAMPLES.zuora["GET /workflows/workflow_runs/{workflow_run_id}"];
const FINISHED = RUN["200"].finished;
const TOKEN = SPEC_EXAMPLES.zuora["POST /oauth/token"]["200"].token;
const NO_TASKS = { error: 0, pending: 0, processing: 0, queued: 0, stopped: 0, success: 0 };
const TASK_COUNT = FINISHED.tasks.total;
/** The seconds a token lasts, as Zuora documents (about an hour). */
const ZUORA_TOKEN_SECONDS = 3600;

/**
 * Zuora's error body. Codes follow its documented scheme: the spec example's resource code (900000) and a
 * two-digit category (40 not found, 61 temporary error, 70 limit exceeded).
 */
function zuoraError(status: number, category: number, message: string): Reply {
  return {
    status,
    body: {
      success: false,
      processId: RUN["401"].invalid_credentials.processId,
      reasons: [{ code: 90000000 + category, message }],
    },
  };
}

/** An OAuth 2.0 error (RFC 6749 §5.2): Zuora does not document its token errors. */
function oauthError(status: number, error: string, description: string): Reply {
  return { status, body: { error, error_description: description } };
}

/**
 * Answers `POST /oauth/token`. `expectedSecret` unset accepts any non-empty client id and secret. Returns the
 * issued token, so the server can accept it as a bearer later.
 */
export function issueToken(
  form: URLSearchParams | undefined,
  expectedSecret: string | undefined,
): { reply: Reply; token?: string } {
  if (!form) return { reply: oauthError(400, "invalid_request", "The request body is too large") };
  const clientId = form.get("client_id")?.trim();
  const clientSecret = form.get("client_secret") ?? "";
  if (form.get("grant_type") !== "client_credentials") {
    return { reply: oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials") };
  }
  if (!clientId || !clientSecret.trim()) {
    return { reply: oauthError(400, "invalid_request", "client_id and client_secret are required") };
  }
  if (expectedSecret !== undefined && clientSecret !== expectedSecret) {
    return { reply: oauthError(401, "invalid_client", "Bad client credentials") };
  }
  const token = randomBytes(16).toString("hex");
  const body = {
    ...TOKEN,
    access_token: token,
    expires_in: ZUORA_TOKEN_SECONDS,
    jti: randomBytes(16).toString("hex"),
  };
  return { reply: { status: 200, body }, token };
}

/** Zuora: `Queued` → `Processing` → `Finished`. It has no failure status: a failed run is Finished with task errors. */
export const zuora: VendorProfile = {
  provider: "zuora",
  basePath: "/zuora",
  route(segments) {
    if (matchPath(segments, ["oauth", "token"])) return { kind: "token", method: "POST" };
    const captured = matchPath(segments, ["workflows", "workflow_runs", "*"]);
    return captured && { kind: "run", method: "GET", ref: { runId: captured[0] ?? "" } };
  },
  credential: bearer,
  commonHeaders(headers): Record<string, string> {
    // Echoed as received: checking it against Zuora's rule is the client's job (@wfrun/zuora refuses a bad
    // one before sending), and one copy of that rule is enough.
    const trackId = headers["zuora-track-id"];
    return typeof trackId === "string" ? { "zuora-track-id": trackId } : {};
  },
  progress: ["queued", "running", "succeeded"],
  run(stage) {
    switch (stage) {
      case "succeeded":
        return structuredClone(FINISHED);
      case "failed":
        return { ...FINISHED, tasks: { ...NO_TASKS, error: TASK_COUNT, total: TASK_COUNT } };
      case "running":
        return {
          ...FINISHED,
          status: "Processing",
          finishedAt: null,
          updatedAt: FINISHED.createdAt,
          tasks: { ...NO_TASKS, success: TASK_COUNT - 2, processing: 1, queued: 1, total: TASK_COUNT },
        };
      default:
        return {
          ...FINISHED,
          status: "Queued",
          finishedAt: null,
          updatedAt: FINISHED.createdAt,
          runTime: 0,
          cpuTime: "00:00:00",
          tasks: { ...NO_TASKS, queued: TASK_COUNT, total: TASK_COUNT },
        };
    }
  },
  unauthorized: () => ({ status: 401, body: structuredClone(RUN["401"].invalid_credentials) }),
  notFound: (ref) =>
    zuoraError(404, 40, ref ? "Workflow run not found" : "The requested resource does not exist"),
  rateLimited: () => {
    const reply = zuoraError(429, 70, "Too many requests: the tenant's API limit was exceeded");
    return { ...reply, headers: RATE_LIMIT_HEADERS };
  },
  unavailable: () => zuoraError(503, 61, "The service is temporarily unavailable, please retry"),
  lifecycle: zuoraLifecycle((stage) => zuora.run(stage, { runId: "" }) as Record<string, unknown>),
};
