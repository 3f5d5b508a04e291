/**
 * Generated from specs/copyai.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
    "/api/workflow/{workflow_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the workflow, such as `WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa`. */
                workflow_id: string;
            };
            cookie?: never;
        };
        /**
         * Get All Workflow Runs
         * @description One page of a workflow's runs (vendor page "Get All Workflow Runs", docs.copy.ai/reference/get-workflow-run-copy, mirrored at support.fullcast.com/apidocs/get-all-workflow-runs-2, updated 2026-02-11). Pages are numbered from 1 and hold up to 100 runs; `total` counts the runs of every page. The page names no order and no filter.
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        /**
         * Start a Workflow Run
         * @description Starts a new run of the workflow with the given start variables (vendor page "Start a Workflow Run", docs.copy.ai/reference/start-a-workflow-run, mirrored at support.fullcast.com/apidocs/start-a-workflow-run-2, updated 2026-02-11). The answer carries only the new run's id; its progress is read with Get Workflow Run, and webhooks registered for the workflow hear of its completion. Copy.ai documents no idempotency key, so a start that timed out may or may not have created a run: clients must not resend it.
         */
        post: operations["startWorkflowRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workflow/{workflow_id}/run/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Run
         * @description The details of one workflow run. Copy.ai's docs tell users to poll this endpoint with a short delay until `status` is `COMPLETE` (or `FAILED`). The vendor page also lists `x-copy-ai-api-key` as a required header parameter; it is the `apiKeyAuth` security scheme here, so it is sent by the client's authentication and not typed per call. Copy.ai's getting-started page asks for `Content-Type: application/json` on every request, this one included.
         */
        get: operations["getWorkflowRun"];
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
        /** @description The success envelope. */
        WorkflowRunResponse: {
            /**
             * @description `success`. Any other value (`error`, or one this document does not know) means the body is not a run, whatever the HTTP status.
             * @enum {string}
             */
            status: "success";
            data: components["schemas"]["WorkflowRunData"];
        };
        /**
         * @description `NEW`: just created, ready to be queued. `WAITING`: waiting for resources or conditions before it can proceed. `PROCESSING`: being executed. `COMPLETE`: finished, all steps completed. `RETRYING`: hit an issue and is retrying the failed steps. `FAILED`: failed, and further retries were unsuccessful. Terminal: `COMPLETE`, `FAILED`. The client widens this to an open union so that a status Copy.ai adds later is kept, not refused.
         * @enum {string}
         */
        WorkflowRunStatus: "NEW" | "WAITING" | "PROCESSING" | "COMPLETE" | "RETRYING" | "FAILED";
        /** @description One workflow run. The page's examples disagree: one has `status` and `input` but no `workflowRunId` or `workflowId`, the other the reverse, so only `id` (present in every Copy.ai example) is required. Fields not listed here may appear; clients keep them. */
        WorkflowRunData: {
            /** @description ID of the workflow run (`WRUN-…`). */
            id: string;
            /** @description The same ID as `id`; present in some of Copy.ai's examples and not in others. */
            workflowRunId?: string;
            /** @description ID of the workflow the run belongs to (`WCFG-…`, `PKGW-…`); present in some of Copy.ai's examples and not in others. */
            workflowId?: string;
            /** @description The run's status. Missing from the page's `success` example and absent from the response schema the page shows, though the page's prose example and its status table have it: optional here. */
            status?: components["schemas"]["WorkflowRunStatus"];
            /** @description The run's start variables, keyed by input name; they vary by workflow. Not in the page's response schema, but in its prose example. Null is accepted: Copy.ai's list endpoint shows `null` for these objects. */
            input?: {
                [key: string]: unknown;
            } | null;
            /** @description The run's outputs, keyed by output name; they vary by workflow. */
            output?: {
                [key: string]: unknown;
            } | null;
            /** @description The `metadata` given when the run was started. Copy.ai's "Get All Workflow Runs" page shows it as `null` for a run started without one. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @description When the run was created, ISO 8601 in UTC, with milliseconds (`2023-09-27T18:34:13.091Z`) or without (`2023-09-27T18:24:47Z`, on the list page).
             */
            createdAt?: string;
            /** @description Credits the run used. The page's schema says integer and its prose example sends `2`, but its `success` example sends the string `"9001"`: both are accepted. An integer too large for a JavaScript number arrives from the wfrun client as a string of its digits. */
            credits?: number | string;
        };
        /** @description What a run starts with. */
        StartWorkflowRunRequest: {
            /** @description The workflow's inputs, keyed by input name; which ones a workflow needs varies. */
            startVariables: {
                [key: string]: unknown;
            };
            /** @description Any values to keep with the run; Get Workflow Run and the completion webhook return them unchanged. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description The success envelope of a start. */
        StartWorkflowRunResponse: {
            /**
             * @description `success`; any other value means the body is an error.
             * @enum {string}
             */
            status: "success";
            /** @description The new run, by id only. */
            data: {
                /** @description ID of the new run (`WRUN-…`), for Get Workflow Run and in the completion webhook. */
                id: string;
            };
        };
        /** @description The success envelope of a list page. */
        WorkflowRunListResponse: {
            /**
             * @description `success`; any other value means the body is an error.
             * @enum {string}
             */
            status: "success";
            /** @description One page of runs and the count of all of them. */
            data: {
                /** @description How many runs the workflow has, over all pages. The page's prose example sends a number (`2`), its schema example a string (`"3"`): both are accepted. */
                total?: number | string;
                /** @description The runs on this page. */
                data: components["schemas"]["WorkflowRunData"][];
            };
        };
        /** @description Copy.ai's error envelope, at HTTP 4xx and sometimes with HTTP 200. */
        ErrorResponse: {
            /**
             * @description `error`.
             * @enum {string}
             */
            status: "error";
            /**
             * @description What went wrong: `NOT_FOUND` (404), `WORKFLOW_CREDIT_LIMIT_REACHED` (400); validation errors come with 422 under a code the docs do not name. Other codes may appear.
             * @example NOT_FOUND
             * @example WORKFLOW_CREDIT_LIMIT_REACHED
             */
            errorCode: string;
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
    listWorkflowRuns: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. Default 1. */
                page?: number;
                /** @description How many runs a page holds, up to 100. Default 10. */
                size?: number;
            };
            header?: never;
            path: {
                /** @description ID of the workflow, such as `WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa`. */
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success: `{status: "success", data: {total, data: [run, …]}}`; each run has the shape Get Workflow Run returns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunListResponse"];
                };
            };
            /** @description No such workflow. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Any other status; Copy.ai documents none. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    startWorkflowRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the workflow, such as `WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa`. */
                workflow_id: string;
            };
            cookie?: never;
        };
        /** @description The run's start variables and optional metadata, as JSON. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartWorkflowRunRequest"];
            };
        };
        responses: {
            /** @description The run was created: `{status: "success", data: {id}}`. As with every Copy.ai answer, a body whose `status` is not `success` is an error whatever the HTTP status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartWorkflowRunResponse"];
                };
            };
            /** @description Bad request, or the workflow has reached its credit limit. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such workflow (the page documents the status without a body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body failed validation (`startVariables` missing or not an object, say). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Any other status; Copy.ai documents none. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the workflow, such as `WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa`. */
                workflow_id: string;
                /** @description ID of the workflow run, such as `WRUN-dc46baf3-cb19-4424-be04-95ba630409bf`. */
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success: `{status: "success", data}`. Copy.ai can also answer HTTP 200 with an error envelope (`{status: "error", errorCode}`); a body whose `status` is anything but `success` is an error, whatever the HTTP status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunResponse"];
                };
            };
            /** @description Bad Request. The page shows no body; Copy.ai's "Start a Workflow Run" page documents `WORKFLOW_CREDIT_LIMIT_REACHED` at this status in the same envelope. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No run with this id in this workflow (or no such workflow). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation error (documented for Copy.ai's workflow endpoints by the "Start a Workflow Run" page, without a body or code name). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Any other status. Copy.ai documents none (no 401, 429 or 5xx); when the body is the error envelope its `errorCode` names the error. */
            default: {
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
