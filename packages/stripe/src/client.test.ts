import {
  AuthenticationError,
  BadRequestError,
  ConfigError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ApiError,
  ConflictError,
} from "@wfrun/core";
import { describeProviderContract, expectNoSecret, json, specExample, startServer } from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createStripeClient, DEFAULT_STRIPE_VERSION, type StripeWorkflowRun } from "./index.js";

const API_KEY = "sk_test_51SecretKeyThatMustNeverBePrinted";
const example = specExample("stripe", "200", "succeeded") as StripeWorkflowRun;
const notFound = specExample("stripe", "404", "not_found");
const rateLimited = specExample("stripe", "429", "rate_limit");
const stripeError = (type: string, code: string, message: string) => ({ error: { type, code, message } });

describeProviderContract({
  provider: "stripe",
  secrets: [API_KEY],
  create: (options) => createStripeClient({ apiKey: API_KEY, ...options }),
  get: (client, [id], options) => client.getWorkflowRun(id!, options),
  idCount: 1,
  expectedPath: ([id]) => `/v2/extend/workflow_runs/${id}`,
  success: { body: example, result: example },
  assertAuth(request) {
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers["stripe-version"]).toBe(DEFAULT_STRIPE_VERSION);
  },
  errors: [
    {
      status: 400,
      body: stripeError("invalid_request_error", "parameter_invalid", "Bad id"),
      errorClass: BadRequestError,
      code: "parameter_invalid",
    },
    {
      status: 401,
      body: stripeError("invalid_request_error", "api_key_invalid", "Invalid API Key provided: sk_test_****"),
      errorClass: AuthenticationError,
      code: "api_key_invalid",
    },
    {
      status: 402,
      body: stripeError("card_error", "request_failed", "Failed"),
      errorClass: ApiError,
      code: "request_failed",
    },
    {
      status: 403,
      body: stripeError("invalid_request_error", "secret_key_required", "No permission"),
      errorClass: PermissionDeniedError,
      code: "secret_key_required",
    },
    { status: 404, body: notFound, errorClass: NotFoundError, code: "not_found" },
    {
      status: 409,
      body: stripeError("idempotency_error", "idempotency_key_in_use", "Conflict"),
      errorClass: ConflictError,
      code: "idempotency_key_in_use",
    },
    { status: 429, body: rateLimited, errorClass: RateLimitError, code: "rate_limit" },
    {
      status: 500,
      body: stripeError("api_error", "api_error", "Something went wrong"),
      errorClass: InternalServerError,
      code: "api_error",
    },
  ],
});

describe("createStripeClient", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it("refuses a missing or empty apiKey with a ConfigError naming STRIPE_API_KEY", () => {
    for (const apiKey of [undefined, "", "   ", 42]) {
      let thrown: unknown;
      try {
        createStripeClient({ apiKey } as unknown as { apiKey: string });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).option).toBe("apiKey");
      expect((thrown as ConfigError).message).toContain("STRIPE_API_KEY");
    }
  });

  it("does not print a key that has a line break in it", () => {
    const broken = `${API_KEY}\n`;
    let thrown: unknown;
    try {
      createStripeClient({ apiKey: broken });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expectNoSecret(thrown, [API_KEY]);
  });

  it("sends the Stripe-Version the user pins", async () => {
    server.handle((_, res) => json(res, 200, example));
    const client = createStripeClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      stripeVersion: "2026-09-30.preview",
    });
    await client.getWorkflowRun(example.id);
    expect(server.requests[0]!.headers["stripe-version"]).toBe("2026-09-30.preview");
  });

  it("carries Stripe's request id and error type on an ApiError", async () => {
    server.handle((_, res) => json(res, 404, notFound, { "request-id": "req_123" }));
    const client = createStripeClient({ apiKey: API_KEY, baseUrl: server.url });
    const error = (await client.getWorkflowRun("wfrun_missing").catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe("req_123");
    expect(error.type).toBe("invalid_request_error");
    expect(error.message).toContain("No such workflow_run");
  });

  it("keeps a status Stripe adds later, and fields it does not document", async () => {
    const future = { ...example, status: "paused", brand_new_field: { nested: [1, 2] } };
    server.handle((_, res) => json(res, 200, future));
    const client = createStripeClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(client.getWorkflowRun(example.id)).resolves.toEqual(future);
  });

  it("exposes the raw openapi-fetch client with the same transport", async () => {
    server.handle((_, res) => json(res, 200, example));
    const client = createStripeClient({ apiKey: API_KEY, baseUrl: server.url });
    const { data } = await client.raw.GET("/v2/extend/workflow_runs/{id}", {
      params: { path: { id: example.id }, header: { "Stripe-Version": DEFAULT_STRIPE_VERSION } },
    });
    expect(data).toEqual(example);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("types the payload from the spec", () => {
    const client = createStripeClient({ apiKey: API_KEY });
    expectTypeOf(client.getWorkflowRun).returns.resolves.toEqualTypeOf<StripeWorkflowRun>();
    expectTypeOf<StripeWorkflowRun["id"]>().toEqualTypeOf<string>();
    expectTypeOf<StripeWorkflowRun["livemode"]>().toEqualTypeOf<boolean>();
    expectTypeOf<"started">().toMatchTypeOf<StripeWorkflowRun["status"]>();
    expectTypeOf<StripeWorkflowRun["status_transitions"]["failed_at"]>().toEqualTypeOf<
      string | null | undefined
    >();
    // Open like `status`: a trigger type Stripe adds later still type-checks, as in stripe-node.
    expectTypeOf<"event_trigger" | "manual" | "schedule">().toMatchTypeOf<
      StripeWorkflowRun["trigger"]["type"]
    >();
    // @ts-expect-error the id is a string, not a number
    void (() => client.getWorkflowRun(42));
  });
});
