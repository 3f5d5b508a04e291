import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  UnprocessableEntityError,
} from "@wfrun/core";
import {
  describeProviderContract,
  expectNoSecret,
  json,
  specExample,
  specExamples,
  startServer,
} from "@wfrun/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  COPYAI_BASE_URL,
  createCopyAiClient,
  type CopyAiClient,
  type CopyAiWorkflowRun,
  type CopyAiWorkflowRunStatus,
} from "./index.js";

const API_KEY = "cai_live_SecretKeyThatMustNeverBePrinted_42";
const WORKFLOW_ID = "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa";
const RUN_ID = "WRUN-dc46baf3-cb19-4424-be04-95ba630409bf";
const GET_PATH = "/api/workflow/{workflow_id}/run/{run_id}";

type Envelope = { status: string; data: CopyAiWorkflowRun };
const complete = specExample("copyai", "200", "complete") as Envelope;
const success = specExample("copyai", "200", "success") as Envelope;
const notFound = specExample("copyai", "404", "notFound");
const creditLimit = specExample("copyai", "400", "creditLimit");
const envelopeError = (errorCode: string) => ({ status: "error", errorCode });

describeProviderContract({
  provider: "copyai",
  secrets: [API_KEY],
  create: (options) => createCopyAiClient({ apiKey: API_KEY, ...options }),
  get: (client, [workflowId, runId], options) => client.getWorkflowRun(workflowId!, runId!, options),
  idCount: 2,
  expectedPath: ([workflowId, runId]) => `/api/workflow/${workflowId}/run/${runId}`,
  success: { body: complete, result: complete.data },
  assertAuth(request) {
    expect(request.headers["x-copy-ai-api-key"]).toBe(API_KEY);
    expect(request.headers.authorization).toBeUndefined();
  },
  errors: [
    {
      status: 400,
      body: creditLimit,
      errorClass: BadRequestError,
      code: "WORKFLOW_CREDIT_LIMIT_REACHED",
    },
    { status: 404, body: notFound, errorClass: NotFoundError, code: "NOT_FOUND" },
    {
      status: 422,
      body: envelopeError("VALIDATION_ERROR"),
      errorClass: UnprocessableEntityError,
      code: "VALIDATION_ERROR",
    },
    // Copy.ai documents no 401, 429 or 5xx: the HTTP status decides the class, the envelope the code.
    {
      status: 401,
      body: envelopeError("UNAUTHORIZED"),
      errorClass: AuthenticationError,
      code: "UNAUTHORIZED",
    },
    { status: 429, body: envelopeError("RATE_LIMITED"), errorClass: RateLimitError, code: "RATE_LIMITED" },
    { status: 500, body: { status: "error" }, errorClass: InternalServerError, code: undefined },
  ],
});

describe("createCopyAiClient", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let client: CopyAiClient;
  beforeAll(async () => {
    server = await startServer();
  });
  beforeEach(() => {
    client = createCopyAiClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 });
  });
  afterAll(() => server.close());

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      (value) => {
        throw new Error(`expected an error, got ${JSON.stringify(value)}`);
      },
      (error: unknown) => error,
    );

  it("refuses a missing or empty apiKey with a ConfigError naming COPYAI_API_KEY", () => {
    for (const apiKey of [undefined, null, "", "   ", 42]) {
      let thrown: unknown;
      try {
        createCopyAiClient({ apiKey } as unknown as { apiKey: string });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).option).toBe("apiKey");
      expect((thrown as ConfigError).message).toContain("COPYAI_API_KEY");
    }
    expect(() => createCopyAiClient(undefined as unknown as { apiKey: string })).toThrow(ConfigError);
  });

  it("does not print a key that has a line break in it", () => {
    let thrown: unknown;
    try {
      createCopyAiClient({ apiKey: `${API_KEY}\n` });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expectNoSecret(thrown, [API_KEY]);
  });

  it("defaults to Copy.ai's API host", () => {
    expect(COPYAI_BASE_URL).toBe("https://api.copy.ai");
  });

  it("returns every documented example's data, unwrapped and equal", async () => {
    const examples = specExamples("copyai").filter(
      (example) => example.path === GET_PATH && example.status === "200",
    );
    expect(examples.map((example) => example.name).sort()).toEqual(["complete", "success"]);
    for (const example of examples) {
      const envelope = example.value as Envelope;
      server.handle((_, res) => json(res, 200, envelope));
      await expect(client.getWorkflowRun(WORKFLOW_ID, RUN_ID), example.name).resolves.toEqual(envelope.data);
    }
  });

  it("maps every documented error example to its error class and code", async () => {
    const classes: Record<string, typeof ApiError> = { "400": BadRequestError, "404": NotFoundError };
    const examples = specExamples("copyai").filter(
      (example) => example.path === GET_PATH && example.status !== "200",
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      server.handle((_, res) => json(res, Number(example.status), example.value));
      const error = (await failure(client.getWorkflowRun(WORKFLOW_ID, RUN_ID))) as ApiError;
      expect(error, example.name).toBeInstanceOf(classes[example.status]!);
      expect(error.code).toBe((example.value as { errorCode: string }).errorCode);
      expect(error.message).toMatch(/credit limit|no such workflow/);
    }
  });

  it("accepts credits as an integer and as a string of digits, in types and at run time", async () => {
    expectTypeOf<CopyAiWorkflowRun["credits"]>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<number>().toMatchTypeOf<NonNullable<CopyAiWorkflowRun["credits"]>>();
    expectTypeOf<string>().toMatchTypeOf<NonNullable<CopyAiWorkflowRun["credits"]>>();

    server.handle((_, res) => json(res, 200, complete));
    const asNumber = await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    expect(asNumber.credits).toBe(2);

    server.handle((_, res) => json(res, 200, success));
    const asString = await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    expect(asString.credits).toBe("9001");
  });

  it("accepts a run without status, workflowRunId, workflowId or input, and null objects", async () => {
    const bare: Envelope = {
      status: "success",
      data: { id: RUN_ID, input: null, output: null, metadata: null },
    };
    server.handle((_, res) => json(res, 200, bare));
    const run = await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    expect(run).toEqual(bare.data);
    expect("status" in run).toBe(false);

    server.handle((_, res) => json(res, 200, success));
    const fromExample = await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    expect(fromExample.status).toBeUndefined();
    expect(fromExample.workflowId).toBe(WORKFLOW_ID);
  });

  it("keeps a status Copy.ai adds later, and fields it does not document", async () => {
    const future = { status: "success", data: { ...complete.data, status: "PAUSED", brandNew: { a: [1] } } };
    server.handle((_, res) => json(res, 200, future));
    await expect(client.getWorkflowRun(WORKFLOW_ID, RUN_ID)).resolves.toEqual(future.data);
  });

  it("keeps integers too large for a JS number as their exact digits", async () => {
    server.handle((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        `{"status":"success","data":{"id":"${RUN_ID}","credits":123456789012345678901,` +
          `"output":{"count":9007199254740993,"small":12}}}`,
      );
    });
    const run = await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    expect(run.credits).toBe("123456789012345678901");
    expect(run.output).toEqual({ count: "9007199254740993", small: 12 });
  });

  it("throws NotFoundError for a NOT_FOUND envelope sent with HTTP 200, without retrying", async () => {
    server.handle((_, res) => json(res, 200, notFound));
    const retrying = createCopyAiClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 2 });
    const error = (await failure(retrying.getWorkflowRun(WORKFLOW_ID, RUN_ID))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toBe("NOT_FOUND");
    expect(error.provider).toBe("copyai");
    expect(error.message).toContain("2xx");
    expect(error.body).toEqual(notFound);
    expect(server.requests).toHaveLength(1);
    expectNoSecret(error, [API_KEY]);
  });

  it("maps documented codes sent with HTTP 200 to their status, and guesses none for the others", async () => {
    const cases: [unknown, typeof ApiError, number, string | undefined][] = [
      [creditLimit, BadRequestError, 400, "WORKFLOW_CREDIT_LIMIT_REACHED"],
      [{ errorCode: "NOT_FOUND" }, NotFoundError, 404, "NOT_FOUND"],
      // Nothing documents what these codes stand for, whatever their wording: they keep the HTTP status.
      [envelopeError("VALIDATION_ERROR"), ApiError, 200, "VALIDATION_ERROR"],
      [envelopeError("INVALID_API_KEY"), ApiError, 200, "INVALID_API_KEY"],
      [envelopeError("RATE_LIMITED"), ApiError, 200, "RATE_LIMITED"],
      [envelopeError("SOMETHING_NEW"), ApiError, 200, "SOMETHING_NEW"],
    ];
    for (const [body, errorClass, status, code] of cases) {
      server.handle((_, res) => json(res, 200, body));
      const error = (await failure(client.getWorkflowRun(WORKFLOW_ID, RUN_ID))) as ApiError;
      expect(error, JSON.stringify(body)).toBeInstanceOf(errorClass);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code);
    }
  });

  it('never returns a body whose status is not "success" as a run', async () => {
    for (const status of ["weird", "SUCCESS", "", null, 1]) {
      const body = { status, data: complete.data };
      server.handle((_, res) => json(res, 200, body));
      const error = (await failure(client.getWorkflowRun(WORKFLOW_ID, RUN_ID))) as ApiError;
      expect(error, JSON.stringify(status)).toBeInstanceOf(ApiError);
      expect(error.status).toBe(200);
      expect(error.message).toContain('not "success"');
    }
  });

  it("turns a 2xx without a run in it into InvalidResponseError", async () => {
    const bodies = [
      { status: "success" },
      { status: "success", data: null },
      { status: "success", data: [] },
      { status: "success", data: "run" },
      { data: complete.data },
      [complete],
      "success",
      null,
    ];
    for (const body of bodies) {
      server.handle((_, res) => json(res, 200, body));
      const error = await failure(client.getWorkflowRun(WORKFLOW_ID, RUN_ID));
      expect(error, JSON.stringify(body)).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).status).toBe(200);
    }
  });

  it("sends the key only in x-copy-ai-api-key, with the JSON content type Copy.ai asks for", async () => {
    server.handle((_, res) => json(res, 200, complete));
    await client.getWorkflowRun(WORKFLOW_ID, RUN_ID);
    const { headers, path } = server.requests[0]!;
    expect(headers["x-copy-ai-api-key"]).toBe(API_KEY);
    expect(headers["content-type"]).toBe("application/json");
    expect(headers.authorization).toBeUndefined();
    const elsewhere = Object.entries(headers).filter(
      ([name, value]) => name !== "x-copy-ai-api-key" && String(value).includes(API_KEY),
    );
    expect(elsewhere).toEqual([]);
    expect(path).not.toContain(API_KEY);
  });

  it("keeps a key Copy.ai echoes in an error out of the error", async () => {
    server.handle((_, res) =>
      json(res, 200, { status: "error", errorCode: `BAD_KEY_${API_KEY}`, message: API_KEY }),
    );
    const error = await failure(client.getWorkflowRun(WORKFLOW_ID, RUN_ID));
    expect(error).toBeInstanceOf(ApiError);
    expectNoSecret(error, [API_KEY]);
  });

  it("exposes the raw openapi-fetch client with the same transport", async () => {
    server.handle((_, res) => json(res, 200, success));
    const { data } = await client.raw.GET("/api/workflow/{workflow_id}/run/{run_id}", {
      params: { path: { workflow_id: WORKFLOW_ID, run_id: RUN_ID } },
    });
    expect(data).toEqual(success);
    expect(server.requests[0]!.headers["x-copy-ai-api-key"]).toBe(API_KEY);

    server.handle((_, res) => json(res, 200, notFound));
    const error = await failure(
      client.raw.GET("/api/workflow/{workflow_id}/run/{run_id}", {
        params: { path: { workflow_id: WORKFLOW_ID, run_id: RUN_ID } },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("types the payload from the spec", () => {
    expectTypeOf(client.getWorkflowRun).returns.resolves.toEqualTypeOf<CopyAiWorkflowRun>();
    expectTypeOf<CopyAiWorkflowRun["id"]>().toEqualTypeOf<string>();
    expectTypeOf<CopyAiWorkflowRun["workflowId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CopyAiWorkflowRun["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CopyAiWorkflowRun["status"]>().toEqualTypeOf<CopyAiWorkflowRunStatus | undefined>();
    expectTypeOf<"COMPLETE">().toMatchTypeOf<CopyAiWorkflowRunStatus>();
    expectTypeOf<"SOMETHING_NEW">().toMatchTypeOf<CopyAiWorkflowRunStatus>();
    expectTypeOf<CopyAiWorkflowRun["output"]>().toEqualTypeOf<
      { [key: string]: unknown } | null | undefined
    >();
    // @ts-expect-error both ids are required
    void (() => client.getWorkflowRun(WORKFLOW_ID));
    // @ts-expect-error the ids are strings
    void (() => client.getWorkflowRun(WORKFLOW_ID, 42));
  });
});
