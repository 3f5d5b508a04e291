/**
 * Generated from specs/dify.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
    "/workflows/run/{workflow_run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Run Detail
         * @description Retrieve the current execution results of a workflow task based on the workflow execution ID. Works for workflow and advanced-chat (chatflow) apps; any other app answers 400 `not_workflow_app`.
         */
        get: operations["getWorkflowRunDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Workflow execution status: `running` for in-progress executions, `succeeded` when completed successfully, `failed` when execution encountered an error, `stopped` when manually halted, `partial-succeeded` when some nodes failed but the failures were handled, `paused` when awaiting human input, `scheduled` (defined in Dify's source, not used yet). The docs disagree: the older page lists only running, succeeded, failed and stopped; the newer page adds partial-succeeded and paused; Dify's source (langgenius/dify `api/.../enums.py`, per vendor-facts.md) defines all seven, so all are accepted. Terminal: succeeded, failed, stopped, partial-succeeded; a paused run can go back to running or to stopped. Clients must expect statuses not listed here yet (the client package widens the generated type to an open union).
         * @enum {string}
         */
        WorkflowRunStatus: "scheduled" | "running" | "succeeded" | "failed" | "stopped" | "partial-succeeded" | "paused";
        /** @description A workflow run's detail. Neither vendor page marks any field as required; Dify's server writes every field below on every response (`marshal_with(workflow_run_fields)` in langgenius/dify `api/controllers/service_api/app/workflow.py`). Only `id` and `status`, without which a run can be neither identified nor judged, are required here; fields Dify adds later are kept. */
        WorkflowRun: {
            /**
             * Format: uuid
             * @description Workflow run ID.
             */
            id: string;
            /**
             * Format: uuid
             * @description Workflow ID.
             */
            workflow_id?: string;
            status: components["schemas"]["WorkflowRunStatus"];
            /** @description Input variables for the workflow run. The docs disagree: the older page documents a JSON string of the input content (such as `"{\"query\": \"…\"}"`), the newer page an object of input variables, and mid-2026 docs a nullable JSON string. All three are accepted and passed on unchanged. */
            inputs?: string | {
                [key: string]: unknown;
            } | null;
            /** @description Output data from the workflow, keyed by output variable. `{}` until there are outputs (and while paused); the older page documents it as nullable. */
            outputs?: {
                [key: string]: unknown;
            } | null;
            /** @description Error message if the workflow failed; null otherwise. */
            error?: string | null;
            /** @description Total number of workflow steps executed. */
            total_steps?: number;
            /** @description Total tokens consumed. A JSON integer; wfrun clients keep one beyond ±2^53 − 1 as a string of its exact digits rather than rounding it. */
            total_tokens?: number;
            /**
             * Format: int64
             * @description Unix timestamp (seconds) of when the workflow run was created.
             */
            created_at?: number;
            /**
             * Format: int64
             * @description Unix timestamp (seconds) of when the workflow run finished; null while it has not.
             */
            finished_at?: number | null;
            /**
             * Format: float
             * @description Total time elapsed in seconds (a float, such as `1.23`); null until known.
             */
            elapsed_time?: number | null;
        };
        /** @description Dify's error body (langgenius/dify `libs/external_api.py`): a machine-readable `code`, a human-readable `message`, and the HTTP `status` repeated. */
        ErrorResponse: {
            /** @description The error code: `not_workflow_app` (400), `invalid_param` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404), `too_many_requests` (429, concurrency; retryable), `rate_limit_error` (429, quota; not retryable), `internal_server_error` (500), or another code Dify adds. */
            code: string;
            /** @description A human-readable message, such as "Workflow run not found.". */
            message: string;
            /** @description The HTTP status, repeated in the body. */
            status: number;
            /** @description For `invalid_param`, the parameter at fault. */
            params?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getWorkflowRunDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow run ID, can be obtained from the workflow execution response, the streaming events or message metadata. Dify documents it as a UUID; clients send any string as one path segment and let the server judge it. */
                workflow_run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved workflow run details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            /** @description The API key belongs to an app that is neither a workflow nor an advanced-chat app (code `not_workflow_app`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API key is missing, malformed or invalid (code `unauthorized`). */
            401: {
                headers: {
                    /** @description Dify sends `Bearer realm="api"` with every 401 (langgenius/dify `libs/external_api.py`). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key may not use this app, the app's API service is disabled, or a plan limit was reached (code `forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Workflow run not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Two different conditions share this status, told apart by `code`: `too_many_requests` (the app's concurrent-request limit; retrying later succeeds) and `rate_limit_error` (a quota is used up; retrying does not help). Dify documents no `Retry-After` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An error inside Dify (code `internal_server_error`). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
