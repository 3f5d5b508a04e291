/**
 * Generated from specs/stripe.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
    "/v2/extend/workflow_runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Runs
         * @description One page of Workflow Runs (vendor page "List Workflow Runs", docs.stripe.com/api/v2/extend/workflow-runs/list?api-version=2026-04-22.preview). A v2 list answers `data` and the URL of the next page, `next_page_url` (null on the last page): clients request that URL as given, as stripe-node's `V2ListIterator` does, rather than building the next page themselves. stripe-node 22.7.0-beta.1 (`v2.extend.workflowRuns.list`) sends array filters with indexes (`status[0]=failed&status[1]=started`).
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extend/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflows
         * @description One page of Workflows (vendor page "List Workflows", docs.stripe.com/api/v2/extend/workflows/list?api-version=2026-04-22.preview), paged like the run list. Without a status filter Stripe lists the active and inactive Workflows only.
         */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extend/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Workflow
         * @description One Workflow by id (vendor page "Retrieve a Workflow", docs.stripe.com/api/v2/extend/workflows/retrieve?api-version=2026-04-22.preview).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extend/workflows/{id}/invoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoke a Workflow
         * @description Launches a new Workflow Run of an on-demand (`manual` trigger) Workflow with input parameters (vendor page "Invoke a workflow", docs.stripe.com/api/v2/extend/workflow-runs/invoke-workflow?api-version=2026-04-22.preview; the Workflow must be `active`). Answers the new Workflow Run. stripe-node declares that it can throw `CannotProceedError` (a Workflow that cannot be invoked in its state). Stripe honours an `Idempotency-Key` on POSTs: a retry with the same key returns the first answer instead of starting a second run; stripe-node sends a generated key with every v2 POST.
         */
        post: operations["invokeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extend/workflow_runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Workflow Run
         * @description Retrieves the details of a Workflow Run by ID.
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
        /**
         * Format: date-time
         * @description An ISO 8601 timestamp with milliseconds, such as `2026-04-08T14:33:27.076Z` (stripe-node types it as `string`).
         */
        Timestamp: string;
        /**
         * @description The current Workflow Run execution status: `started` (actively executing), `succeeded` (progressed to a successful completion), `failed` (terminated because of a failure). stripe-node types this as an open union, so clients must expect statuses this document does not list yet (the generated type is widened to an open union by the client package).
         * @enum {string}
         */
        WorkflowRunStatus: "started" | "succeeded" | "failed";
        /** @description A run of a Stripe Workflow. */
        WorkflowRun: {
            /** @description The unique ID of the Workflow Run. */
            id: string;
            /**
             * @description String representing the object's type: `v2.extend.workflow_run` (earlier previews sent `v2.core.workflow_run`).
             * @example v2.extend.workflow_run
             */
            object: string;
            /** @description When the Workflow Run was created. */
            created: components["schemas"]["Timestamp"];
            /** @description `true` if the object exists in live mode, `false` if it exists in test mode. */
            livemode: boolean;
            status: components["schemas"]["WorkflowRunStatus"];
            /** @description Details about the Workflow Run's status transitions. */
            status_details?: components["schemas"]["WorkflowRunStatusDetails"] | null;
            status_transitions: components["schemas"]["WorkflowRunStatusTransitions"];
            trigger: components["schemas"]["WorkflowRunTrigger"];
            /** @description The Workflow this Run belongs to. */
            workflow: string;
        };
        /** @description Details about the Workflow Run's status transitions. */
        WorkflowRunStatusDetails: {
            /** @description Details about the Workflow Run's transition into the FAILED state. */
            failed?: {
                /** @description Optional details about the failure result. */
                error_message?: string | null;
            } | null;
            /** @description Details about the Workflow Run's transition into the STARTED state. */
            started?: {
                [key: string]: unknown;
            } | null;
            /** @description Details about the Workflow Run's transition into the SUCCEEDED state. */
            succeeded?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Summary information about the Workflow Run's status transitions. */
        WorkflowRunStatusTransitions: {
            /** @description When the Workflow Run failed. */
            failed_at?: components["schemas"]["Timestamp"] | null;
            /** @description When the Workflow Run was started. */
            started_at?: components["schemas"]["Timestamp"] | null;
            /** @description When the Workflow Run succeeded. */
            succeeded_at?: components["schemas"]["Timestamp"] | null;
        };
        /** @description A record of the trigger that launched this Workflow Run. */
        WorkflowRunTrigger: {
            /** @description The Workflow Run was launched when Stripe emitted a certain event. */
            event_trigger?: {
                /** @description The Stripe event that triggered this Run. */
                id: string;
                /** @description The account that generated the triggering event. */
                context: string;
                /** @description The Stripe event type that triggered this Run. */
                type: string;
            } | null;
            /** @description The Workflow Run was launched through a direct call, using either the Dashboard or the Stripe API. */
            manual?: {
                /** @description The input parameters used when launching the Run. */
                input_parameters?: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Which type of trigger this is: `event_trigger` (triggerable through a Stripe-generated event) or `manual` (invoked through the Dashboard or the API). Expect types this document does not list yet (widened to an open union by the client package, as stripe-node types it).
             * @enum {string}
             */
            type: "event_trigger" | "manual";
        };
        /** @description One page of a v2 list of Workflow Runs. */
        WorkflowRunList: {
            /** @description The runs on this page. */
            data: components["schemas"]["WorkflowRun"][];
            /** @description The path and query of the next page (its `page` token included); null on the last page. */
            next_page_url?: string | null;
            /** @description The path and query of the previous page; null on the first page. */
            previous_page_url?: string | null;
        };
        /** @description What an invocation sends. */
        InvokeWorkflowRequest: {
            /** @description The run's inputs, keyed by the names of the Workflow's input fields. */
            input_parameters: {
                [key: string]: unknown;
            };
        };
        /**
         * @description `active` (ready to be invoked), `inactive` (saved but paused), `draft` (not finalized), `archived`. An invocation works on an `active` Workflow alone. stripe-node types this as an open union.
         * @enum {string}
         */
        WorkflowStatus: "active" | "inactive" | "draft" | "archived";
        /** @description A Stripe Workflow, as built in the Dashboard. */
        Workflow: {
            /** @description The unique ID of the Workflow. */
            id: string;
            /** @description `v2.extend.workflow`. */
            object: string;
            /** @description When the Workflow was created. */
            created: components["schemas"]["Timestamp"];
            /** @description `true` in live mode, `false` in test mode. */
            livemode: boolean;
            status: components["schemas"]["WorkflowStatus"];
            /** @description The Workflow's title. */
            title: string;
            /** @description Under what conditions the Workflow launches. */
            triggers: components["schemas"]["WorkflowTrigger"][];
        };
        /** @description One way a Workflow launches. */
        WorkflowTrigger: {
            /** @description Launches when Stripe emits an event. */
            event_trigger?: {
                /** @description Which accounts' events trigger the Workflow. */
                events_from: string[];
                /** @description The Stripe event type that triggers the Workflow. */
                type: string;
            } | null;
            /** @description Launches on demand, from the Dashboard or the API (the invoke endpoint). */
            manual?: {
                [key: string]: unknown;
            } | null;
            /** @description `event_trigger` or `manual`. */
            type: string;
        };
        /** @description One page of a v2 list of Workflows. */
        WorkflowList: {
            /** @description The Workflows on this page. */
            data: components["schemas"]["Workflow"][];
            /** @description The path and query of the next page; null on the last page. */
            next_page_url?: string | null;
            /** @description The path and query of the previous page; null on the first page. */
            previous_page_url?: string | null;
        };
        /** @description Stripe's error body (docs.stripe.com/api/errors). */
        ErrorResponse: {
            /** @description What went wrong; `type` says which kind of error it is. */
            error: {
                /** @description `api_error`, `card_error`, `idempotency_error`, `invalid_request_error`, `rate_limit_error` and others. */
                type: string;
                /** @description A short string naming the error, such as `not_found`. */
                code?: string;
                /** @description A human-readable message. */
                message?: string;
                /** @description The parameter the error relates to, if any. */
                param?: string;
                /** @description A link to the documentation for the error code. */
                doc_url?: string;
                /** @description A link to the request in the Dashboard logs. */
                request_log_url?: string;
            } & {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description A Stripe error (docs.stripe.com/api/errors): 400 invalid request, 401 bad key, 402 request failed, 403 permission, 409 conflict, 424 external dependency failed, 429 rate limited, 500–504 Stripe's servers. */
        Error: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "Stripe-Should-Retry": components["headers"]["StripeShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
        StripeVersion: string;
    };
    requestBodies: never;
    headers: {
        /** @description Stripe's id for the request; quote it to Stripe support. */
        RequestId: string;
        /** @description `true` or `false`: Stripe's own decision whether the request may be retried. When present it overrides the client's retry rules (stripe-node honours it). */
        StripeShouldRetry: "true" | "false";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWorkflowRuns: {
        parameters: {
            query?: {
                /** @description The most runs one page may hold. */
                limit?: number;
                /** @description The token of the page to return, as found in a previous page's `next_page_url`; never built by hand. */
                page?: string;
                /** @description Only runs in one of these statuses. All runs when absent. */
                status?: components["schemas"]["WorkflowRunStatus"][];
                /** @description Only runs of one of these Workflows (ids such as `wf_test_…`). All runs when absent. */
                workflow?: string[];
            };
            header: {
                /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
                "Stripe-Version": components["parameters"]["StripeVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Workflow Runs. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunList"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description The most Workflows one page may hold. */
                limit?: number;
                /** @description The token of the page to return, from a previous page's `next_page_url`. */
                page?: string;
                /** @description Only Workflows in one of these statuses; default `active` and `inactive`. */
                status?: components["schemas"]["WorkflowStatus"][];
            };
            header: {
                /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
                "Stripe-Version": components["parameters"]["StripeVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Workflows. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
                "Stripe-Version": components["parameters"]["StripeVersion"];
            };
            path: {
                /** @description The unique ID of the Workflow, such as `wf_test_61UN…`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Workflow. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
        };
    };
    invokeWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
                "Stripe-Version": components["parameters"]["StripeVersion"];
                /** @description A unique key for this invocation (up to 255 characters); a request repeated with the same key returns the first request's answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unique ID of the Workflow to invoke. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The run's input parameters, as JSON (v2 endpoints take JSON bodies). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvokeWorkflowRequest"];
            };
        };
        responses: {
            /** @description The new Workflow Run. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header: {
                /** @description The API preview version, such as `2026-04-22.preview`. A newer preview can change the shape of this resource, so clients pin one and let users override it. */
                "Stripe-Version": components["parameters"]["StripeVersion"];
            };
            path: {
                /** @description The unique ID of the Workflow Run, such as `wfrun_test_61UT…`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Workflow Run. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            402: components["responses"]["Error"];
            403: components["responses"]["Error"];
            /** @description The resource wasn't found (code `not_found`). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            409: components["responses"]["Error"];
            424: components["responses"]["Error"];
            /** @description Too many requests hit the API too quickly (100 req/s live, 25 req/s sandbox). */
            429: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Stripe-Should-Retry": components["headers"]["StripeShouldRetry"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["Error"];
            502: components["responses"]["Error"];
            503: components["responses"]["Error"];
            504: components["responses"]["Error"];
        };
    };
}
