/**
 * Generated from specs/stripe.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
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
        /** @description Stripe's error body (docs.stripe.com/api/errors). */
        ErrorResponse: {
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
