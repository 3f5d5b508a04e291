/**
 * Generated from specs/dify.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
    "/workflows/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Workflow
         * @description Runs the app's published workflow with the given inputs, for one end user (vendor page "Run Workflow", docs.dify.ai/en/api-reference/workflow-runs/run-workflow (langgenius/dify-docs `en/api-reference/openapi_service.json`, operation `executeWorkflow`)). `blocking` answers once the run has ended; `streaming` answers at once with server-sent events, and only a streaming run can be stopped. Dify documents no idempotency key: a resent request starts another run.
         */
        post: operations["runWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Workflow by ID
         * @description Runs one published version of the workflow, named by its id (vendor page "Run Workflow by ID", docs.dify.ai/en/api-reference/workflow-runs/run-workflow-by-id, operation `runWorkflowById` of the same OpenAPI document). Body and answers are those of Run Workflow; a draft version's id is refused with `bad_request`.
         */
        post: operations["runWorkflowById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/tasks/{task_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop Workflow Task
         * @description Stops a running workflow task (vendor page "Stop Workflow Task", docs.dify.ai/en/api-reference/workflow-runs/stop-workflow-task, operation `stopWorkflowTaskGeneration`). Works for streaming runs only; the task id comes from the stream's events. The `user` need not be the one that started the run.
         */
        post: operations["stopWorkflowTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Logs
         * @description One page of the app's past runs, newest first, each a run-level summary (vendor page "List Workflow Logs", docs.dify.ai/en/api-reference/workflow-runs/list-workflow-logs, operation `getWorkflowLogs`). Pages count from 1; `has_more` says whether another follows.
         */
        get: operations["listWorkflowLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflow/{workflow_run_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Workflow Events
         * @description Opens the run's event stream again, after a dropped connection or a pause (vendor page "Stream Workflow Events", docs.dify.ai/en/api-reference/workflow-runs/stream-workflow-events, operation `streamWorkflowEvents`). A finished run's stream holds a single `workflow_finished` event. Note the singular `/workflow/` in the path.
         */
        get: operations["streamWorkflowEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        /** @description What a run starts with. */
        WorkflowRunRequest: {
            /** @description The workflow's input variables by name (Get App Parameters lists them). A file variable takes a list of file objects. */
            inputs: {
                [key: string]: unknown;
            };
            /**
             * @description `blocking` (the default when absent) answers with the finished run; `streaming` with server-sent events.
             * @enum {string}
             */
            response_mode?: "streaming" | "blocking";
            /** @description Your identifier of the end user, unique within the app; a run and its files are visible only to requests with the same `user`. */
            user: string;
            /** @description Files for models with vision, each `{type, transfer_method, url | upload_file_id}`. */
            files?: {
                [key: string]: unknown;
            }[] | null;
        };
        /** @description A blocking run's answer. */
        WorkflowBlockingResponse: {
            /** @description The task id while the run executes (Stop Workflow Task takes it). */
            task_id?: string;
            /** @description The run's id, for Get Workflow Run Detail. */
            workflow_run_id: string;
            data: components["schemas"]["WorkflowFinishedData"];
        };
        /** @description The run as it ended (also the `data` of a `workflow_finished` event). */
        WorkflowFinishedData: {
            /** @description The run's id. */
            id: string;
            /** @description The workflow version that ran. */
            workflow_id?: string;
            /** @description `running`, `succeeded`, `failed`, `stopped`, `partial-succeeded` or `paused`; the client keeps any other word. */
            status: string;
            /** @description The workflow's outputs. */
            outputs?: {
                [key: string]: unknown;
            } | null;
            /** @description The error message of a failed run. */
            error?: string | null;
            /** @description Seconds the run took. */
            elapsed_time?: number;
            /** @description Tokens used over all nodes. */
            total_tokens?: number;
            /** @description Steps (nodes) run. */
            total_steps?: number;
            /** @description When the run was created, unix seconds. */
            created_at?: number;
            /** @description When it finished, unix seconds. */
            finished_at?: number | null;
        };
        /** @description Who asks for the stop. */
        StopRequest: {
            /** @description An end-user identifier of the app. */
            user: string;
        };
        /** @description Dify's acknowledgement. */
        SuccessResult: {
            /** @description `success`. */
            result?: string;
        };
        /** @description One page of workflow logs. */
        WorkflowLogsPage: {
            /** @description This page's number. */
            page?: number;
            /** @description Runs per page. */
            limit?: number;
            /** @description Runs over all pages. */
            total?: number;
            /** @description Whether a next page exists. */
            has_more?: boolean;
            /** @description The page's entries. */
            data: components["schemas"]["WorkflowLogEntry"][];
        };
        /** @description One run in the logs, with who started it. */
        WorkflowLogEntry: {
            /** @description The log entry's id (not the run's). */
            id?: string;
            workflow_run: components["schemas"]["WorkflowRunSummary"];
            /** @description Where the run came from, such as `service-api`. */
            created_from?: string;
            /** @description `end_user` or `account`. */
            created_by_role?: string;
            /** @description The account that started it, if one did. */
            created_by_account?: {
                [key: string]: unknown;
            } | null;
            /** @description The end user that started it (`session_id` is the run's `user`). */
            created_by_end_user?: {
                [key: string]: unknown;
            } | null;
            /** @description When the entry was created, unix seconds. */
            created_at?: number;
        };
        /** @description A run as the logs summarise it. */
        WorkflowRunSummary: {
            /** @description The run's id, for Get Workflow Run Detail. */
            id: string;
            /** @description The workflow version that ran. */
            version?: string;
            /** @description The run's status, as in Get Workflow Run Detail. */
            status: string;
            /** @description The error message of a failed run. */
            error?: string | null;
            /** @description Seconds the run took. */
            elapsed_time?: number;
            /** @description Tokens used. */
            total_tokens?: number;
            /** @description Steps run. */
            total_steps?: number;
            /** @description When it was created, unix seconds. */
            created_at?: number;
            /** @description When it finished, unix seconds. */
            finished_at?: number | null;
            /** @description Exceptions during the run. */
            exceptions_count?: number | null;
            /** @description `app-run`, `webhook`, `schedule` and others. */
            triggered_from?: string;
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
    runWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The run's inputs, the end user and the answer mode. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowRunRequest"];
            };
        };
        responses: {
            /** @description With `response_mode: blocking`, the finished run as JSON (Dify Cloud cuts a blocking request off after 100 s). With `streaming`, a `text/event-stream` of server-sent events: `workflow_started` first (run and task ids), then node events (`node_started`, `node_finished`, `text_chunk`, `reasoning_chunk`, iteration and loop events), `ping` every 10 s, and one of `workflow_finished`, `workflow_paused` or `error` last. Errors after the stream has begun arrive as an `error` event with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockingResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description `not_workflow_app` (the key belongs to another kind of app), `provider_not_initialize`, `provider_quota_exceeded`, `model_currently_not_support`, `completion_request_error`, or `invalid_param` (a missing `user`, an unpublished workflow). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API key is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `too_many_requests` (the app's concurrency limit; retrying later helps) or `rate_limit_error` (the workspace's workflow quota on Dify Cloud; retrying does not). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `internal_server_error`. */
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
    runWorkflowById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published workflow version to run, as `workflow_id` in run answers and in Get Workflow Run Detail. */
                workflow_id: string;
            };
            cookie?: never;
        };
        /** @description As for Run Workflow. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowRunRequest"];
            };
        };
        responses: {
            /** @description With `response_mode: blocking`, the finished run as JSON (Dify Cloud cuts a blocking request off after 100 s). With `streaming`, a `text/event-stream` of server-sent events: `workflow_started` first (run and task ids), then node events (`node_started`, `node_finished`, `text_chunk`, `reasoning_chunk`, iteration and loop events), `ping` every 10 s, and one of `workflow_finished`, `workflow_paused` or `error` last. Errors after the stream has begun arrive as an `error` event with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockingResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description `not_workflow_app` (the key belongs to another kind of app), `provider_not_initialize`, `provider_quota_exceeded`, `model_currently_not_support`, `completion_request_error`, or `invalid_param` (a missing `user`, an unpublished workflow). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API key is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `too_many_requests` (the app's concurrency limit; retrying later helps) or `rate_limit_error` (the workspace's workflow quota on Dify Cloud; retrying does not). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `internal_server_error`. */
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
    stopWorkflowTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task id, from the `task_id` of a streaming run's events. */
                task_id: string;
            };
            cookie?: never;
        };
        /** @description The end user asking for the stop. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopRequest"];
            };
        };
        responses: {
            /** @description The stop was accepted: `{"result": "success"}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResult"];
                };
            };
            /** @description `not_workflow_app`, or `invalid_param` (a missing `user`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API key is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWorkflowLogs: {
        parameters: {
            query?: {
                /** @description Only runs whose log matches this keyword. */
                keyword?: string;
                /** @description Only runs that ended this way. */
                status?: "succeeded" | "failed" | "stopped";
                /** @description The page, counting from 1 (at most 99999). */
                page?: number;
                /** @description Runs per page, 1 to 100; default 20. */
                limit?: number;
                /** @description Only runs created before this ISO 8601 time. */
                created_at__before?: string;
                /** @description Only runs created after this ISO 8601 time. */
                created_at__after?: string;
                /** @description Only runs of this end user (the `user` a run was started with). */
                created_by_end_user_session_id?: string;
                /** @description Only runs started by the account with this email. */
                created_by_account?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of run summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowLogsPage"];
                };
            };
            /** @description `invalid_param`: an unknown account, a malformed time, or `page`, `limit` or `status` out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API key is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    streamWorkflowEvents: {
        parameters: {
            query: {
                /** @description The end user that started the run (it must match). */
                user: string;
                /** @description `true` to replay the status of the nodes already run before the new events. */
                include_state_snapshot?: boolean;
                /** @description `true` to keep the stream open across several `workflow_paused` events; by default it closes at the first. */
                continue_on_pause?: boolean;
            };
            header?: never;
            path: {
                /** @description The run whose events to stream. */
                workflow_run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events in the format of Run Workflow's stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The API key is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No run with this id for this user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
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
