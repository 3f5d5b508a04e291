import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "@wfrun/core";
import {
  describeProviderContract,
  expectNoSecret,
  html,
  json,
  specExample,
  specExamples,
  startServer,
} from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createDifyClient,
  DIFY_BASE_URL,
  type DifyInteger,
  type DifyWorkflowRun,
  type DifyWorkflowRunStatus,
} from "./index.js";

const API_KEY = "app-SecretDifyKeyThatMustNeverBePrinted";
const succeeded = specExample("dify", "200", "succeeded") as DifyWorkflowRun;
const runningWithJsonInputs = specExample("dify", "200", "running_inputs_json_string") as DifyWorkflowRun;
const errorExamples = specExamples("dify").filter(
  (example) => example.path === "/workflows/run/{workflow_run_id}" && example.status !== "200",
);
const errorBody = (status: string, name: string) => specExample("dify", status, name) as { code: string };

const ERROR_CLASS_BY_STATUS: Record<string, abstract new (...args: never[]) => ApiError> = {
  "400": BadRequestError,
  "401": AuthenticationError,
  "403": PermissionDeniedError,
  "404": NotFoundError,
  "429": RateLimitError,
  "500": InternalServerError,
};

describeProviderContract({
  provider: "dify",
  secrets: [API_KEY],
  // Every contract request goes through a /v1 path prefix, as a self-hosted Dify's base URL has one.
  create: (options) => createDifyClient({ apiKey: API_KEY, ...options, baseUrl: `${options.baseUrl}/v1` }),
  get: (client, [runId], options) => client.getWorkflowRun(runId!, options),
  idCount: 1,
  expectedPath: ([runId]) => `/v1/workflows/run/${runId}`,
  success: { body: succeeded, result: succeeded },
  assertAuth(request) {
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const credentialHeaders = Object.keys(request.headers).filter((name) =>
      /auth|key|token|cookie/i.test(name),
    );
    expect(credentialHeaders).toEqual(["authorization"]);
  },
  errors: errorExamples.map((example) => ({
    status: Number(example.status),
    body: example.value,
    errorClass: ERROR_CLASS_BY_STATUS[example.status]!,
    code: (example.value as { code: string }).code,
  })),
});

describe("createDifyClient", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const client = (options: { maxRetries?: number; baseUrl?: string } = {}) =>
    createDifyClient({ apiKey: API_KEY, baseUrl: `${server.url}/v1`, maxRetries: 0, ...options });

  it("refuses a missing or blank apiKey with a ConfigError naming DIFY_API_KEY", () => {
    for (const apiKey of [undefined, null, "", "   ", 42, `${API_KEY}\n`]) {
      let thrown: unknown;
      try {
        createDifyClient({ apiKey } as unknown as { apiKey: string });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).option).toBe("apiKey");
      expect((thrown as ConfigError).message).toMatch(/apiKey/);
      expect((thrown as ConfigError).message).toContain("DIFY_API_KEY");
      expectNoSecret(thrown, [API_KEY]);
    }
    expect(() => createDifyClient(undefined as unknown as { apiKey: string })).toThrow(ConfigError);
  });

  it("documents every error status of the vendor pages with an example", () => {
    const documented = errorExamples.map((example) => `${example.status} ${example.name}`).sort();
    expect(documented).toEqual([
      "400 not_workflow_app",
      "401 unauthorized",
      "403 forbidden",
      "404 not_found",
      "429 rate_limit_error",
      "429 too_many_requests",
      "500 internal_server_error",
    ]);
  });

  it("returns every 200 example of the spec, equal", async () => {
    const examples = specExamples("dify").filter(
      (example) => example.path === "/workflows/run/{workflow_run_id}" && example.status === "200",
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      server.handle((_, res) => json(res, 200, example.value));
      await expect(client().getWorkflowRun("run"), example.name).resolves.toEqual(example.value);
    }
  });

  it("carries Dify's code and message on every documented error", async () => {
    for (const example of errorExamples) {
      const body = example.value as { code: string; message: string };
      server.handle((_, res) => json(res, Number(example.status), body));
      const error = (await client()
        .getWorkflowRun("run")
        .catch((e: unknown) => e)) as ApiError;
      expect(error, example.name).toBeInstanceOf(ERROR_CLASS_BY_STATUS[example.status]!);
      expect(error.code).toBe(body.code);
      expect(error.message).toContain(body.message);
      expect(error.body).toEqual(body);
    }
  });

  it("accepts inputs as an object, a JSON string or null, and passes them on unchanged", async () => {
    expectTypeOf<NonNullable<DifyWorkflowRun["inputs"]>>().toEqualTypeOf<string | Record<string, unknown>>();
    expectTypeOf<null>().toMatchTypeOf<DifyWorkflowRun["inputs"]>();
    expectTypeOf<string>().toMatchTypeOf<DifyWorkflowRun["inputs"]>();
    expectTypeOf<{ query: string }>().toMatchTypeOf<DifyWorkflowRun["inputs"]>();
    const withObject: DifyWorkflowRun = succeeded;
    const withString: DifyWorkflowRun = runningWithJsonInputs;
    const withNull: DifyWorkflowRun = { ...succeeded, inputs: null };

    expect(typeof withObject.inputs).toBe("object");
    expect(typeof withString.inputs).toBe("string");
    // The two documented shapes carry the same inputs: the string is the object, JSON-encoded.
    expect(JSON.parse(withString.inputs as string)).toEqual(withObject.inputs);
    for (const run of [withObject, withString, withNull]) {
      server.handle((_, res) => json(res, 200, run));
      const received = await client().getWorkflowRun(run.id);
      expect(received.inputs).toEqual(run.inputs);
    }
  });

  it("does not retry a quota 429 (rate_limit_error)", async () => {
    server.handle((_, res) =>
      json(res, 429, errorBody("429", "rate_limit_error"), { "retry-after-ms": "0" }),
    );
    const error = (await client({ maxRetries: 2 })
      .getWorkflowRun("run")
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe("rate_limit_error");
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a concurrency 429 (too_many_requests)", async () => {
    server.handle((_, res) =>
      json(res, 429, errorBody("429", "too_many_requests"), { "retry-after-ms": "0" }),
    );
    const error = (await client({ maxRetries: 1 })
      .getWorkflowRun("run")
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe("too_many_requests");
    expect(error.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);

    let calls = 0;
    server.handle((_, res) =>
      ++calls === 1
        ? json(res, 429, errorBody("429", "too_many_requests"), { "retry-after-ms": "0" })
        : json(res, 200, succeeded),
    );
    await expect(client({ maxRetries: 1 }).getWorkflowRun("run")).resolves.toEqual(succeeded);
    expect(server.requests).toHaveLength(2);
  });

  it("lets one call turn retries off", async () => {
    server.handle((_, res) =>
      json(res, 429, errorBody("429", "too_many_requests"), { "retry-after-ms": "0" }),
    );
    const error = (await client({ maxRetries: 3 })
      .getWorkflowRun("run", { maxRetries: 0 })
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("reaches a self-hosted Dify with or without a trailing slash, with a path prefix", async () => {
    server.handle((_, res) => json(res, 200, succeeded));
    const variants: [string, string][] = [
      [`${server.url}/v1`, "/v1/workflows/run/abc"],
      [`${server.url}/v1/`, "/v1/workflows/run/abc"],
      [`${server.url}/dify/v1/`, "/dify/v1/workflows/run/abc"],
      [`${server.url}/dify/v1`, "/dify/v1/workflows/run/abc"],
      [`${server.url}/tools/dify/v1//`, "/tools/dify/v1/workflows/run/abc"],
      [server.url, "/workflows/run/abc"],
    ];
    for (const [baseUrl, path] of variants) {
      server.requests.length = 0;
      await expect(client({ baseUrl }).getWorkflowRun("abc")).resolves.toEqual(succeeded);
      expect(server.requests[0]!.path, baseUrl).toBe(path);
    }
  });

  it("defaults to Dify Cloud", async () => {
    const seen: string[] = [];
    const recordingFetch: typeof fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(succeeded), { headers: { "content-type": "application/json" } });
    };
    await createDifyClient({ apiKey: API_KEY, fetch: recordingFetch }).getWorkflowRun(succeeded.id);
    expect(DIFY_BASE_URL).toBe("https://api.dify.ai/v1");
    expect(seen).toEqual([`https://api.dify.ai/v1/workflows/run/${succeeded.id}`]);
  });

  it("keeps a status Dify adds later, and fields it does not document", async () => {
    const future = { ...succeeded, status: "waiting-for-approval", brand_new_field: { nested: [1, 2] } };
    server.handle((_, res) => json(res, 200, future));
    await expect(client().getWorkflowRun(succeeded.id)).resolves.toEqual(future);
  });

  it("keeps integers beyond 2^53 as their exact digits", async () => {
    const huge = "1152921504606846976"; // 2^60: as a JS number it would round to …6000
    const text = JSON.stringify({ ...succeeded, total_tokens: 0, total_steps: 0 })
      .replace('"total_tokens":0', `"total_tokens":${huge}`)
      .replace('"total_steps":0', `"total_steps":${huge}1`);
    expect(text).toContain(`"total_tokens":${huge},`);
    server.handle((_, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(text);
    });
    const run = await client().getWorkflowRun(succeeded.id);
    expect(run.total_tokens).toBe(huge);
    expect(run.total_steps).toBe(`${huge}1`);
    expect(BigInt(run.total_tokens as string)).toBe(2n ** 60n);
    // Safe integers stay numbers.
    expect(run.created_at).toBe(succeeded.created_at);
    expect(typeof run.created_at).toBe("number");
  });

  it("turns an old server's 200 for a missing run (id and status null) into NotFoundError", async () => {
    const missing = {
      id: null,
      workflow_id: null,
      status: null,
      inputs: null,
      outputs: null,
      error: null,
      total_steps: 0,
      total_tokens: 0,
      created_at: null,
      finished_at: null,
      elapsed_time: null,
    };
    server.handle((_, res) => json(res, 200, missing));
    const error = (await client()
      .getWorkflowRun("gone")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.body).toEqual(missing);
    // A run that merely lacks fields is still a run.
    server.handle((_, res) => json(res, 200, { id: succeeded.id, status: "running" }));
    await expect(client().getWorkflowRun(succeeded.id)).resolves.toEqual({
      id: succeeded.id,
      status: "running",
    });
  });

  it("gives an error status with a body that is not Dify's JSON its class, without a code", async () => {
    server.handle((_, res) => html(res, 502));
    const error = (await client()
      .getWorkflowRun("run")
      .catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.message).toContain("text/html");
  });

  it("logs each attempt without the key", async () => {
    const lines: string[] = [];
    const logger = {
      debug: (message: string, fields: object) => lines.push(message, JSON.stringify(fields)),
    };
    server.handle((_, res) => json(res, 200, succeeded));
    await createDifyClient({ apiKey: API_KEY, baseUrl: server.url, logger }).getWorkflowRun("run");
    expect(lines.join("\n")).toContain("/workflows/run/run");
    expect(lines.join("\n")).not.toContain(API_KEY);
  });

  it("exposes the raw openapi-fetch client with the same transport", async () => {
    server.handle((_, res) => json(res, 200, succeeded));
    const { data } = await client().raw.GET("/workflows/run/{workflow_run_id}", {
      params: { path: { workflow_run_id: succeeded.id } },
    });
    expect(data).toEqual(succeeded);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("types the payload from the spec", () => {
    const typed = createDifyClient({ apiKey: API_KEY });
    expectTypeOf(typed.getWorkflowRun).returns.resolves.toEqualTypeOf<DifyWorkflowRun>();
    expectTypeOf<DifyWorkflowRun["id"]>().toEqualTypeOf<string>();
    expectTypeOf<DifyWorkflowRun["status"]>().toEqualTypeOf<DifyWorkflowRunStatus>();
    for (const status of ["scheduled", "running", "paused", "partial-succeeded", "stopped"] as const) {
      expectTypeOf(status).toMatchTypeOf<DifyWorkflowRunStatus>();
    }
    expectTypeOf<"a-status-from-2027">().toMatchTypeOf<DifyWorkflowRunStatus>();
    expectTypeOf<DifyWorkflowRun["total_tokens"]>().toEqualTypeOf<DifyInteger | undefined>();
    expectTypeOf<"1152921504606846976">().toMatchTypeOf<DifyInteger>();
    expectTypeOf<DifyWorkflowRun["finished_at"]>().toEqualTypeOf<DifyInteger | null | undefined>();
    expectTypeOf<DifyWorkflowRun["elapsed_time"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<DifyWorkflowRun["error"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<DifyWorkflowRun["outputs"]>().toEqualTypeOf<Record<string, unknown> | null | undefined>();
    // @ts-expect-error the run id is a string, not a number
    void (() => typed.getWorkflowRun(42));
  });
});
