import { SPEC_EXAMPLES } from "../generated/examples.js";
import { copyaiLifecycle } from "./copyai-runs.js";
import { matchPath, RATE_LIMIT_HEADERS, type VendorProfile } from "./profile.js";

const RUN = SPEC_EXAMPLES.copyai["GET /api/workflow/{workflow_id}/run/{run_id}"];
const COMPLETE = RUN["200"].complete;

/** Copy.ai's error envelope; it documents only NOT_FOUND and WORKFLOW_CREDIT_LIMIT_REACHED, the rest is assumed. */
const envelope = (errorCode: string) => ({ status: "error", errorCode });

/** Copy.ai: `NEW` → `PROCESSING` → `COMPLETE` or `FAILED`, in a `{status: "success", data}` envelope. */
export const copyai: VendorProfile = {
  provider: "copyai",
  basePath: "/copyai",
  route(segments) {
    const captured = matchPath(segments, ["api", "workflow", "*", "run", "*"]);
    return (
      captured && { kind: "run", method: "GET", ref: { workflowId: captured[0], runId: captured[1] ?? "" } }
    );
  },
  credential: (headers) => {
    const key = headers["x-copy-ai-api-key"];
    return (typeof key === "string" && key.trim()) || undefined;
  },
  progress: ["queued", "running", "succeeded"],
  run(stage, { runId }) {
    const data = { ...COMPLETE.data, id: runId };
    switch (stage) {
      case "succeeded":
        return { ...COMPLETE, data };
      case "failed":
        return { ...COMPLETE, data: { ...data, status: "FAILED", output: {} } };
      case "running":
        return { ...COMPLETE, data: { ...data, status: "PROCESSING", output: {} } };
      default:
        return { ...COMPLETE, data: { ...data, status: "NEW", output: {} } };
    }
  },
  unauthorized: () => ({ status: 401, body: envelope("UNAUTHORIZED") }),
  notFound: () => ({ status: 404, body: structuredClone(RUN["404"].notFound) }),
  rateLimited: () => ({ status: 429, body: envelope("TOO_MANY_REQUESTS"), headers: RATE_LIMIT_HEADERS }),
  unavailable: () => ({ status: 503, body: envelope("SERVICE_UNAVAILABLE") }),
  lifecycle: copyaiLifecycle,
};
