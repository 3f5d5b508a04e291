/**
 * Generated from specs/zuora.yaml by `pnpm generate` (openapi-typescript 7.13.0).
 * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.
 */

export interface paths {
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
         * Run a workflow
         * @description Starts a run of a workflow definition with parameters (vendor page "Run a workflow", developer.zuora.com/v1-api-reference/api/operation/POST_Run_Workflow, version 2026-02-20). The parameters must be defined in the workflow's settings to reach its tasks, and must not use the reserved names `controller`, `action`, `id`, `user_email`, `user_token` or `format`. The caller needs the **Workflow Run Access** permission. With an `Idempotency-Key`, Zuora recognises a retry of the same request and does not run the workflow twice. The Quickstart API's page (developer.zuora.com/other-api/quickstart-api/workflows/runworkflow) documents an `async` header: with `true`, Zuora queues the request and answers 202 with only a request id.
         */
        post: operations["POST_Run_Workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/workflow_runs/{workflow_run_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a workflow run
         * @description Stops a workflow run by its ID (vendor page "Stop a workflow run", developer.zuora.com/v1-api-reference/api/operation/PUT_StopWorkflowRun). Tasks already running finish; the run goes through `Stopping` to `Stopped`. What Zuora answers for a run that has already ended is not documented (@wfrun/mock answers the run unchanged). The caller needs the **Workflow Run Access** permission. The page documents no `Idempotency-Key` for this PUT, which stopping twice makes needless.
         */
        put: operations["PUT_StopWorkflowRun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/workflow_runs/{workflow_run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a workflow run
         * @description Retrieves information about a specific workflow run by its ID. The caller must be assigned the **Workflow View Access** permission.
         */
        get: operations["GET_Workflow_Run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an OAuth token
         * @description Creates a bearer token for an OAuth client created in the Zuora UI. Send no authentication header (`Authorization`, `apiAccessKeyId`, `apiSecretAccessKey`) with this operation. Reuse each token until it expires (about an hour): the endpoint is rate limited by IP address (about 2,000 a minute per tenant and 100 per IP), and answers 429 when tokens are requested too often.
         */
        post: operations["createToken"];
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
        /** @description A Zuora numeric ID. Zuora sends it as a JSON number; wfrun's lossless JSON parser keeps an integer beyond 2^53 − 1 as a string of its exact digits instead of rounding it, so it is typed as an integer or a string of digits. */
        ZuoraId: number | string;
        /**
         * @description A UTC date and time in Zuora's `YYYY-MM-DD HH:MM:SS UTC` form, such as `2019-09-10 19:32:21 UTC` (not ISO 8601). Zuora's schema documents the same field as `YYYY-MM-DD HH:MM:SS`, without ` UTC`: both are accepted, and both mean UTC.
         * @example 2019-09-10 19:32:21 UTC
         */
        Timestamp: string;
        /**
         * @description The run's status: `Queued` (waiting to start), `Processing` (running), `Stopping` (a stop was asked and is under way), `Stopped` (stopped before it finished), `Finished`. There is no failure status: a `Finished` run can hide failed tasks, so read `tasks.error` (and `tasks.pending`, since tasks may still be pending a retry). Clients should expect statuses this document does not list yet (the client package widens the generated type to an open union).
         * @enum {string}
         */
        WorkflowRunStatus: "Queued" | "Processing" | "Stopping" | "Stopped" | "Finished";
        /** @description How many of the run's tasks are in each state. */
        WorkflowRunTasks: {
            /** @description Tasks that failed. A `Finished` run with errors here did not fully succeed. */
            error?: number;
            /** @description Tasks waiting to run, including tasks pending a retry after an error. */
            pending?: number;
            /** @description Tasks running now. */
            processing?: number;
            /** @description Tasks queued to run. */
            queued?: number;
            /** @description Tasks stopped before they finished. */
            stopped?: number;
            /** @description Tasks that succeeded. */
            success?: number;
            /** @description All tasks of the run. */
            total?: number;
        } & {
            [key: string]: number;
        };
        /** @description A run of a Zuora workflow (a workflow instance). Every field is optional in Zuora's schema; `id` and `status` are always sent. */
        WorkflowRun: {
            /** @description The unique ID of the workflow run: a number in the body (a string in the path). Kept as a string of digits when it is beyond 2^53 − 1. */
            id: components["schemas"]["ZuoraId"];
            /** @description The name of the run, such as `WF-19027-00000032` (the workflow's ID and a run counter). */
            name?: string;
            /** @description The ID of the workflow definition this run comes from. Zuora's schema types it as a string and its example sends the number `19027`: both are accepted. */
            originalWorkflowId?: string | number;
            status: components["schemas"]["WorkflowRunStatus"];
            /**
             * @description `Workflow::Instance` for a run; `Workflow::Setup` is the type of a workflow definition. Other values may appear.
             * @example Workflow::Instance
             * @example Workflow::Setup
             */
            type?: string;
            tasks?: components["schemas"]["WorkflowRunTasks"];
            /** @description When the run was created. */
            createdAt?: components["schemas"]["Timestamp"];
            /** @description When the run last changed. */
            updatedAt?: components["schemas"]["Timestamp"];
            /** @description When the run finished. Not documented for unfinished runs: it may be absent or null until the run finishes. */
            finishedAt?: components["schemas"]["Timestamp"] | null;
            /** @description The run's duration in seconds, with fractions (`64.513026`), waiting included. */
            runTime?: number;
            /** @description The CPU time the run used, as `HH:MM:SS` (hours may exceed two digits). Zuora's example shows a `cpuTime` of `19:01:04` for a run of 64 seconds, so do not rely on it being below `runTime`. */
            cpuTime?: string;
            /** @description Messages from the run's tasks. Zuora returns this field in Production only; its shape is not documented. */
            messages?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The form fields of `POST /oauth/token` (`application/x-www-form-urlencoded`). */
        TokenRequest: {
            /** @description The Client ID of the OAuth client (36 characters). */
            client_id: string;
            /** @description The Client Secret shown once when the OAuth client was created (at most 42 characters). */
            client_secret: string;
            /**
             * @description The OAuth grant type; must be `client_credentials`.
             * @enum {string}
             */
            grant_type: "client_credentials";
        };
        /** @description A bearer token for the Zuora REST API. */
        TokenResponse: {
            /** @description The token to send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /**
             * @description The token type, `bearer`.
             * @example bearer
             */
            token_type?: string;
            /** @description Seconds until the token expires (about an hour, such as `3599`). */
            expires_in?: number;
            /** @description Space-separated scopes the token carries: its user, entities (`entity.<uuid>`), services and tenant. */
            scope?: string;
            /** @description The token's unique identifier. */
            jti?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The parameters of a run, keyed by the names the workflow's settings define. The reserved names `controller`, `action`, `id`, `user_email`, `user_token` and `format` must not be used. */
        RunWorkflowParameters: {
            [key: string]: unknown;
        };
        /** @description The answer to an `async` request; Zuora documents only that it carries a request id. */
        AsyncAccepted: {
            [key: string]: unknown;
        };
        /** @description The error body of Zuora's Workflow endpoints (`errors`, each with a status, a code and a title). */
        WorkflowErrorResponse: {
            /** @description The errors returned by the workflow service. */
            errors?: {
                /** @description The HTTP status of the error. */
                status?: number;
                /** @description A short code naming the error. */
                code?: string;
                /** @description A human-readable message. */
                title?: string;
            }[];
            /** @description With 406, the parameters the request sent. */
            parameters?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One error of an `ErrorResponse`. */
        ErrorReason: {
            /** @description Zuora's eight-digit error code: a six-digit resource code and a two-digit category (`10` permission, `11` authentication, `20`–`23` invalid request, `30` business rule, `40` not found, `50` lock contention, `60`/`61` internal or temporary error, `70` limit exceeded, `90` malformed request). A number; kept as a string where a proxy sends one. */
            code?: number | string;
            /** @description A human-readable description of the error. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Zuora's `/v1` error body (developer.zuora.com/docs/guides/error-codes). It can arrive with HTTP 200, so `success: false` marks an error whatever the status. */
        ErrorResponse: {
            /** @description `false` for an error. */
            success: boolean;
            /** @description Zuora's internal ID of the request; quote it to Zuora Global Support. */
            processId?: string;
            /** @description The errors, in order; the first is the main one. */
            reasons?: components["schemas"]["ErrorReason"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A refused token request. Not documented by Zuora: either its usual error body or an OAuth 2.0 error (`error`, `error_description`, RFC 6749 §5.2). */
        TokenErrorResponse: components["schemas"]["ErrorResponse"] | ({
            /** @description The OAuth 2.0 error code, such as `invalid_client`. */
            error: string;
            /** @description A human-readable description of the error. */
            error_description?: string;
        } & {
            [key: string]: unknown;
        });
    };
    responses: {
        /** @description An error. Zuora does not document the error responses of the workflow endpoints; its `/v1` endpoints answer `{"success": false, "processId", "reasons": [{"code", "message"}]}` (developer.zuora.com/docs/guides/error-codes), sometimes with HTTP 200. */
        Error: {
            headers: {
                "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token request was refused (an unknown client, a wrong secret, a bad grant type). The body is not documented: Zuora's usual error body or an OAuth 2.0 error (RFC 6749 §5.2) is expected. */
        TokenError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TokenErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description `gzip` to have Zuora compress responses over 1000 bytes; the response then carries `Content-Encoding` with the algorithm used. */
        AcceptEncoding: string;
        /** @description `gzip` when the request payload is gzipped. Documented on this operation although a GET has no payload. */
        ContentEncoding: string;
        /** @description An entity ID. With Zuora Multi-entity enabled and an OAuth token valid for more than one entity, this header selects the entity the operation runs in; otherwise it should not be set. */
        ZuoraEntityIds: string;
        /** @description Comma-separated org IDs. With Zuora Multi-Org enabled, the orgs the operation runs in (for read access this filters what is visible); they must be a subset of the user's accessible orgs, or the operation fails. Without the header, the operation runs in all of the user's accessible orgs. Without Multi-Org it should not be set. */
        ZuoraOrgIds: string;
        /** @description A custom identifier for tracing the call, echoed back in the response headers. At most 64 characters of US-ASCII, without colon (`:`), semicolon (`;`), double quote (`"`) or quote (`'`). The pattern also leaves out control characters, which no HTTP header value may carry. */
        ZuoraTrackId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The `Zuora-Track-Id` the request sent, echoed back. */
        ZuoraTrackId: string;
        /** @description The compression applied to the response (`gzip`) when the request asked for it. */
        ContentEncoding: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    POST_Run_Workflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (at most 255 characters) that makes this POST idempotent: Zuora identifies a retry by it and does not perform the run twice. Zuora asks for it on POST and PATCH only. */
                "Idempotency-Key"?: string;
                /** @description `true` to have Zuora queue the request and answer at once (202, a request id only) instead of the run. */
                async?: boolean;
                /** @description `gzip` to have Zuora compress responses over 1000 bytes; the response then carries `Content-Encoding` with the algorithm used. */
                "Accept-Encoding"?: components["parameters"]["AcceptEncoding"];
                /** @description `gzip` when the request payload is gzipped. Documented on this operation although a GET has no payload. */
                "Content-Encoding"?: components["parameters"]["ContentEncoding"];
                /** @description An entity ID. With Zuora Multi-entity enabled and an OAuth token valid for more than one entity, this header selects the entity the operation runs in; otherwise it should not be set. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Comma-separated org IDs. With Zuora Multi-Org enabled, the orgs the operation runs in (for read access this filters what is visible); they must be a subset of the user's accessible orgs, or the operation fails. Without the header, the operation runs in all of the user's accessible orgs. Without Multi-Org it should not be set. */
                "Zuora-Org-Ids"?: components["parameters"]["ZuoraOrgIds"];
                /** @description A custom identifier for tracing the call, echoed back in the response headers. At most 64 characters of US-ASCII, without colon (`:`), semicolon (`;`), double quote (`"`) or quote (`'`). The pattern also leaves out control characters, which no HTTP header value may carry. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
            };
            path: {
                /** @description The ID of the workflow definition to run, such as `19027` (an integer in Zuora's schema). */
                workflow_id: string;
            };
            cookie?: never;
        };
        /** @description The parameters passed to the workflow, as a JSON object keyed by parameter name (any JSON values; the workflow's settings say which it reads). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RunWorkflowParameters"];
            };
        };
        responses: {
            /** @description The new run (a workflow instance), usually `Queued`. Like the retrieve endpoint, a body with `success: false` is an error whatever the status. */
            200: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            /** @description With `async: true`, the request was queued; the body carries only a request id. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncAccepted"];
                };
            };
            /** @description The workflow cannot be run this way (Zuora's example reason is that callouts are not enabled for it). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowErrorResponse"];
                };
            };
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            /** @description The body lacks one or more required parameters; Zuora echoes the parameters it got. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowErrorResponse"];
                };
            };
            /** @description The id names a workflow run (an instance), not a workflow definition. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowErrorResponse"];
                };
            };
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    PUT_StopWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description `gzip` to have Zuora compress responses over 1000 bytes; the response then carries `Content-Encoding` with the algorithm used. */
                "Accept-Encoding"?: components["parameters"]["AcceptEncoding"];
                /** @description `gzip` when the request payload is gzipped. Documented on this operation although a GET has no payload. */
                "Content-Encoding"?: components["parameters"]["ContentEncoding"];
                /** @description An entity ID. With Zuora Multi-entity enabled and an OAuth token valid for more than one entity, this header selects the entity the operation runs in; otherwise it should not be set. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Comma-separated org IDs. With Zuora Multi-Org enabled, the orgs the operation runs in (for read access this filters what is visible); they must be a subset of the user's accessible orgs, or the operation fails. Without the header, the operation runs in all of the user's accessible orgs. Without Multi-Org it should not be set. */
                "Zuora-Org-Ids"?: components["parameters"]["ZuoraOrgIds"];
                /** @description A custom identifier for tracing the call, echoed back in the response headers. At most 64 characters of US-ASCII, without colon (`:`), semicolon (`;`), double quote (`"`) or quote (`'`). The pattern also leaves out control characters, which no HTTP header value may carry. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
            };
            path: {
                /** @description The ID of the workflow run to stop, such as `19080`. */
                workflow_run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, as the stop left it (`Stopping`, `Stopped`, or its final status if it had ended). */
            200: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            500: components["responses"]["Error"];
        };
    };
    GET_Workflow_Run: {
        parameters: {
            query?: never;
            header?: {
                /** @description `gzip` to have Zuora compress responses over 1000 bytes; the response then carries `Content-Encoding` with the algorithm used. */
                "Accept-Encoding"?: components["parameters"]["AcceptEncoding"];
                /** @description `gzip` when the request payload is gzipped. Documented on this operation although a GET has no payload. */
                "Content-Encoding"?: components["parameters"]["ContentEncoding"];
                /** @description An entity ID. With Zuora Multi-entity enabled and an OAuth token valid for more than one entity, this header selects the entity the operation runs in; otherwise it should not be set. */
                "Zuora-Entity-Ids"?: components["parameters"]["ZuoraEntityIds"];
                /** @description Comma-separated org IDs. With Zuora Multi-Org enabled, the orgs the operation runs in (for read access this filters what is visible); they must be a subset of the user's accessible orgs, or the operation fails. Without the header, the operation runs in all of the user's accessible orgs. Without Multi-Org it should not be set. */
                "Zuora-Org-Ids"?: components["parameters"]["ZuoraOrgIds"];
                /** @description A custom identifier for tracing the call, echoed back in the response headers. At most 64 characters of US-ASCII, without colon (`:`), semicolon (`;`), double quote (`"`) or quote (`'`). The pattern also leaves out control characters, which no HTTP header value may carry. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
            };
            path: {
                /** @description The unique ID of a workflow run, for example `19080`. A string in the path although the run's `id` is a number in the body. */
                workflow_run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow run. Zuora's `/v1` endpoints can also answer HTTP 200 with the error body (`{"success": false, "reasons": [...]}`, see `ErrorResponse`): a client must check for it before it trusts a 200. */
            200: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                    "Content-Encoding": components["headers"]["ContentEncoding"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["Error"];
            /** @description The bearer token is missing, invalid or expired (Zuora tokens last about an hour). Fetch a new token and retry once. */
            401: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            /** @description Too many requests: Zuora limits requests per tenant (about 50,000 a minute for the API). No `Retry-After` is documented. */
            429: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
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
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description A custom identifier for tracing the call, echoed back in the response headers. At most 64 characters of US-ASCII, without colon (`:`), semicolon (`;`), double quote (`"`) or quote (`'`). The pattern also leaves out control characters, which no HTTP header value may carry. */
                "Zuora-Track-Id"?: components["parameters"]["ZuoraTrackId"];
                /** @description An entity ID if Multi-entity is enabled: a 36-character UUID with hyphens, such as `11e643f4-a3ee-8bad-b061-0025904c756d`. */
                "Zuora-Entity-Ids"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    "Zuora-Track-Id": components["headers"]["ZuoraTrackId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["TokenError"];
            401: components["responses"]["TokenError"];
            /** @description Too many token requests from this IP address or tenant; reuse tokens until they expire. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenErrorResponse"];
                };
            };
        };
    };
}
