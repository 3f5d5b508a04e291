import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigError,
  ConflictError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "@wfrun/core";
import {
  describeProviderContract,
  expectNoSecret,
  json,
  specExample,
  startServer,
  type ErrorCase,
  type RecordedRequest,
  type TestServer,
} from "@wfrun/testkit";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createZuoraClient,
  ZUORA_ENVIRONMENTS,
  type ZuoraClientOptions,
  type ZuoraWorkflowRun,
  type ZuoraWorkflowRunStatus,
} from "./index.js";

const ACCESS_TOKEN = "zuora-access-token-0123456789abcdef-NeverPrinted";
const CLIENT_ID = "0c4c3f5b-7d2a-4b9e-9a31-client-id-36";
const CLIENT_SECRET = "SecretZuoraClientSecretThatIsNeverPrinted=";
const finished = specExample("zuora", "200", "finished") as ZuoraWorkflowRun;
const tokenExample = specExample("zuora", "200", "token") as { access_token: string; expires_in: number };
const invalidCredentials = specExample("zuora", "401", "invalid_credentials");
const zuoraError = (code: number, message: string) => ({
  success: false,
  processId: "3F7EA3FD706C7E7C",
  reasons: [{ code, message }],
});

const PATH = "/workflows/workflow_runs/";
const ERRORS: ErrorCase[] = [
  {
    status: 400,
    body: zuoraError(50000020, "Invalid parameter"),
    errorClass: BadRequestError,
    code: "50000020",
  },
  { status: 401, body: invalidCredentials, errorClass: AuthenticationError, code: "90000011" },
  {
    status: 403,
    body: zuoraError(50000010, "Workflow View Access is required"),
    errorClass: PermissionDeniedError,
    code: "50000010",
  },
  {
    status: 404,
    body: zuoraError(50000040, "Workflow run not found"),
    errorClass: NotFoundError,
    code: "50000040",
  },
  {
    status: 429,
    body: zuoraError(50000070, "Request exceeded limit"),
    errorClass: RateLimitError,
    code: "50000070",
  },
  {
    status: 500,
    body: zuoraError(50000060, "Internal error"),
    errorClass: InternalServerError,
    code: "50000060",
  },
];

function assertOnlyBearer(request: RecordedRequest, token: string) {
  expect(request.headers.authorization).toBe(`Bearer ${token}`);
  const credentialHeaders = Object.keys(request.headers).filter((name) =>
    /auth|key|token|secret|cookie/i.test(name),
  );
  expect(credentialHeaders).toEqual(["authorization"]);
}

describeProviderContract({
  provider: "zuora",
  secrets: [ACCESS_TOKEN],
  create: (options) => createZuoraClient({ accessToken: ACCESS_TOKEN, ...options }),
  get: (client, [runId], options) => client.getWorkflowRun(runId!, options),
  idCount: 1,
  expectedPath: ([runId]) => `${PATH}${runId}`,
  success: { body: finished, result: finished },
  assertAuth: (request) => assertOnlyBearer(request, ACCESS_TOKEN),
  errors: ERRORS,
});

// The same contract with OAuth client credentials. Token requests are routed to a second loopback server,
// so the contract's request counts see only the run requests. A 401 is left out here: with credentials
// it is refreshed and retried (two attempts), which token.test.ts covers.
let tokenServer: TestServer;
beforeAll(async () => {
  tokenServer = await startServer((_, res) => json(res, 200, tokenExample));
});
afterAll(() => tokenServer.close());

// A fetch, so this contract runs on the fetch path only; token.test.ts covers credentials over node:http.
const toTokenServer: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  if (!new URL(request.url).pathname.endsWith("/oauth/token")) return fetch(request);
  return fetch(`${tokenServer.url}/oauth/token`, {
    method: request.method,
    headers: request.headers,
    body: await request.text(),
    signal: request.signal,
  });
};

describeProviderContract({
  provider: "zuora",
  secrets: [CLIENT_SECRET, tokenExample.access_token],
  create: (options) =>
    createZuoraClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      ...options,
      // A nonsense value is kept, for the contract's option checks.
      fetch:
        typeof options.fetch === "function" || options.fetch === undefined ? toTokenServer : options.fetch,
    }),
  get: (client, [runId], options) => client.getWorkflowRun(runId!, options),
  idCount: 1,
  expectedPath: ([runId]) => `${PATH}${runId}`,
  success: { body: finished, result: finished },
  assertAuth: (request) => assertOnlyBearer(request, tokenExample.access_token),
  errors: ERRORS.filter((errorCase) => errorCase.status !== 401),
});

describe("createZuoraClient", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const client = (options: Partial<ZuoraClientOptions> = {}) =>
    createZuoraClient({
      accessToken: ACCESS_TOKEN,
      baseUrl: server.url,
      maxRetries: 0,
      ...options,
    } as ZuoraClientOptions);

  function configErrorOf(options: unknown): ConfigError {
    let thrown: unknown;
    try {
      createZuoraClient(options as ZuoraClientOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    return thrown as ConfigError;
  }

  describe("environments", () => {
    it("maps every documented region and tier to an https URL on zuora.com", () => {
      const entries = Object.entries(ZUORA_ENVIRONMENTS);
      expect(entries).toHaveLength(10);
      for (const [name, url] of entries) {
        const parsed = new URL(url);
        expect(parsed.protocol, name).toBe("https:");
        expect(parsed.hostname, name).toMatch(/^rest\.([a-z]+\.)*zuora\.com$/);
        expect(parsed.pathname, name).toBe("/");
      }
      expect(new Set(Object.values(ZUORA_ENVIRONMENTS)).size).toBe(10);
      expect(Object.isFrozen(ZUORA_ENVIRONMENTS)).toBe(true);
    });

    it("resolves a named environment to its base URL", async () => {
      for (const [environment, url] of Object.entries(ZUORA_ENVIRONMENTS)) {
        // No network: the injected fetch records the URL the client built and answers itself.
        const seen: string[] = [];
        const made = createZuoraClient({
          environment: environment as keyof typeof ZUORA_ENVIRONMENTS,
          accessToken: ACCESS_TOKEN,
          fetch: async (input, init) => {
            seen.push(new Request(input, init).url);
            return Response.json(finished);
          },
        });
        await expect(made.getWorkflowRun("19063")).resolves.toEqual(finished);
        expect(seen).toEqual([`${url}/workflows/workflow_runs/19063`]);
      }
    });

    it("has no default: without environment or baseUrl it is a ConfigError", () => {
      const error = configErrorOf({ accessToken: ACCESS_TOKEN });
      expect(error.option).toBe("environment");
      expect(error.message).toContain("us-production-cloud1");
      expectNoSecret(error, [ACCESS_TOKEN]);
    });

    it("refuses both environment and baseUrl, and unknown names without echoing them", () => {
      expect(
        configErrorOf({ accessToken: ACCESS_TOKEN, environment: "eu-production", baseUrl: server.url })
          .option,
      ).toBe("environment");
      for (const environment of ["production", "toString", "__proto__", ACCESS_TOKEN, 42]) {
        const error = configErrorOf({ accessToken: ACCESS_TOKEN, environment });
        expect(error.option).toBe("environment");
        expectNoSecret(error, [ACCESS_TOKEN]);
      }
    });
  });

  describe("credentials", () => {
    it("without any credential names the options and ZUORA_CLIENT_ID / ZUORA_CLIENT_SECRET", () => {
      const error = configErrorOf({ environment: "us-developer-sandbox" });
      expect(error.option).toBe("clientId");
      for (const name of [
        "clientId",
        "clientSecret",
        "accessToken",
        "ZUORA_CLIENT_ID",
        "ZUORA_CLIENT_SECRET",
      ]) {
        expect(error.message).toContain(name);
      }
    });

    it("names the missing half of the client credentials", () => {
      const noSecret = configErrorOf({ environment: "eu-production", clientId: CLIENT_ID });
      expect(noSecret.option).toBe("clientSecret");
      expect(noSecret.message).toContain("ZUORA_CLIENT_SECRET");
      const noId = configErrorOf({ environment: "eu-production", clientSecret: CLIENT_SECRET });
      expect(noId.option).toBe("clientId");
      expect(noId.message).toContain("ZUORA_CLIENT_ID");
      expectNoSecret(noId, [CLIENT_SECRET]);
    });

    it("refuses blank, non-string or line-broken values without printing them", () => {
      for (const clientSecret of ["", "   ", 42, `${CLIENT_SECRET}\n`, ` ${CLIENT_SECRET}`]) {
        const error = configErrorOf({ environment: "eu-production", clientId: CLIENT_ID, clientSecret });
        expect(error.option).toBe("clientSecret");
        expectNoSecret(error, [CLIENT_SECRET]);
      }
      const badToken = configErrorOf({ environment: "eu-production", accessToken: `${ACCESS_TOKEN}\r\n` });
      expect(badToken.option).toBe("accessToken");
      expectNoSecret(badToken, [ACCESS_TOKEN]);
    });

    it("refuses an access token together with client credentials", () => {
      const error = configErrorOf({
        environment: "eu-production",
        accessToken: ACCESS_TOKEN,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
      });
      expect(error.option).toBe("accessToken");
      expectNoSecret(error, [ACCESS_TOKEN, CLIENT_SECRET]);
    });
  });

  describe("payloads", () => {
    it("keeps an id beyond 2^53 as its exact digits", async () => {
      const text =
        '{"id": 90071992547409931, "originalWorkflowId": 90071992547409933, "status": "Processing",' +
        ' "name": "WF-1", "tasks": {"total": 3, "success": 1, "processing": 2}}';
      server.handle((_, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(text);
      });
      const run = await client().getWorkflowRun("90071992547409931");
      expect(run.id).toBe("90071992547409931");
      expect(run.originalWorkflowId).toBe("90071992547409933");
      expect(run.tasks?.processing).toBe(2);
      expect(server.requests[0]!.path).toBe(`${PATH}90071992547409931`);
    });

    it("keeps every documented variant: string workflow ids, timestamps without UTC, null finishedAt", async () => {
      const running = {
        ...finished,
        status: "Processing",
        originalWorkflowId: "19027",
        createdAt: "2019-09-10 19:32:21",
        updatedAt: "2019-09-10 19:32:40",
        finishedAt: null,
        type: "Workflow::Setup",
        messages: { "Task 2": ["Waiting for callout"] },
      };
      server.handle((_, res) => json(res, 200, running));
      await expect(client().getWorkflowRun("19063")).resolves.toEqual(running);
    });

    it("keeps a status Zuora adds later, fields it does not document, and missing optional fields", async () => {
      const future = { id: 7, status: "Paused", brandNew: { nested: [1, 2] } };
      server.handle((_, res) => json(res, 200, future));
      await expect(client().getWorkflowRun("7")).resolves.toEqual(future);
    });
  });

  describe("errors sent with HTTP 200", () => {
    const cases: [unknown, abstract new (...args: never[]) => ApiError, number, string][] = [
      [invalidCredentials, AuthenticationError, 401, "90000011"],
      [zuoraError(50000040, "Workflow run 1 not found"), NotFoundError, 404, "50000040"],
      [zuoraError(50000050, "Lock competition"), ConflictError, 409, "50000050"],
      [zuoraError(50000012, "A category Zuora may add"), ApiError, 200, "50000012"],
    ];
    for (const [body, errorClass, status, code] of cases) {
      it(`turns success:false with code ${code} into ${errorClass.name} (${status})`, async () => {
        server.handle((_, res) => json(res, 200, body));
        const error = (await client()
          .getWorkflowRun("1")
          .catch((e: unknown) => e)) as ApiError;
        expect(error).toBeInstanceOf(errorClass);
        expect(error.status).toBe(status);
        expect(error.code).toBe(code);
        const reason = (body as { reasons: { message: string }[] }).reasons[0]!;
        expect(error.message).toContain(reason.message);
        expect((error.body as { processId: string }).processId).toBe(
          (body as { processId: string }).processId,
        );
      });
    }

    it("uses the first reason when there are several, and reads the CRUD and gateway shapes", async () => {
      const several = {
        success: false,
        reasons: [
          { code: 50000040, message: "first" },
          { code: 50000020, message: "second" },
        ],
      };
      server.handle((_, res) => json(res, 404, several));
      const first = (await client()
        .getWorkflowRun("1")
        .catch((e: unknown) => e)) as ApiError;
      expect([first.code, first.message.includes("first"), first.message.includes("second")]).toEqual([
        "50000040",
        true,
        false,
      ]);
      server.handle((_, res) =>
        json(res, 400, { Success: false, Errors: [{ Code: "INVALID_VALUE", Message: "Bad" }] }),
      );
      const crud = (await client()
        .getWorkflowRun("1")
        .catch((e: unknown) => e)) as ApiError;
      expect([crud.code, crud.message]).toEqual([
        "INVALID_VALUE",
        "zuora answered HTTP 400 (INVALID_VALUE): Bad",
      ]);
      server.handle((_, res) => json(res, 401, { message: "Authentication error" }));
      const gateway = (await client()
        .getWorkflowRun("1")
        .catch((e: unknown) => e)) as ApiError;
      expect(gateway).toBeInstanceOf(AuthenticationError);
      expect(gateway.message).toContain("Authentication error");
    });
  });

  describe("Zuora headers", () => {
    const headersOf = (request: RecordedRequest) => ({
      entity: request.headers["zuora-entity-ids"],
      org: request.headers["zuora-org-ids"],
      track: request.headers["zuora-track-id"],
    });

    it("sends none of them unless asked", async () => {
      server.handle((_, res) => json(res, 200, finished));
      await client().getWorkflowRun("19063");
      expect(headersOf(server.requests[0]!)).toEqual({ entity: undefined, org: undefined, track: undefined });
    });

    it("sends the client's entity, org and track ids, and lets one call override each", async () => {
      server.handle((_, res) => json(res, 200, finished));
      const scoped = client({
        entityIds: "11e643f4-a3ee-8bad-b061-0025904c756d",
        orgIds: ["org-1", "org-2"],
        trackId: "batch 2026/11 #7",
      });
      await scoped.getWorkflowRun("19063");
      await scoped.getWorkflowRun("19063", { orgIds: "org-3", trackId: "call-2" });
      await scoped.getWorkflowRun("19063", { entityIds: ["e-9"] });
      expect(server.requests.map(headersOf)).toEqual([
        { entity: "11e643f4-a3ee-8bad-b061-0025904c756d", org: "org-1,org-2", track: "batch 2026/11 #7" },
        { entity: "11e643f4-a3ee-8bad-b061-0025904c756d", org: "org-3", track: "call-2" },
        { entity: "e-9", org: "org-1,org-2", track: "batch 2026/11 #7" },
      ]);
    });

    it("accepts every track id Zuora's rule allows, up to 64 characters", async () => {
      server.handle((_, res) => json(res, 200, finished));
      const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
        .filter((char) => !`:;"'`.includes(char))
        .join("");
      const allowed = ["x".repeat(64), printable.slice(1, 65), printable.slice(60).trim(), "a b"];
      for (const trackId of allowed) await client().getWorkflowRun("1", { trackId });
      expect(server.requests.map((request) => request.headers["zuora-track-id"])).toEqual(allowed);
    });

    it("refuses a track id that breaks the rule before anything is sent", async () => {
      server.handle((_, res) => json(res, 200, finished));
      const refused = [
        "x".repeat(65),
        "",
        "a:b",
        "a;b",
        'a"b',
        "a'b",
        "café",
        "line\nbreak",
        "tab\t",
        " lead",
        "trail ",
      ];
      for (const trackId of refused) {
        const error = await client()
          .getWorkflowRun("1", { trackId })
          .catch((e: unknown) => e);
        expect(error, JSON.stringify(trackId)).toBeInstanceOf(InvalidArgumentError);
        expect((error as InvalidArgumentError).argument).toBe("trackId");
        const config = configErrorOf({ accessToken: ACCESS_TOKEN, baseUrl: server.url, trackId });
        expect(config.option).toBe("trackId");
      }
      expect(server.requests).toHaveLength(0);
    });

    it("refuses entity and org ids that could not travel as one header", async () => {
      server.handle((_, res) => json(res, 200, finished));
      for (const bad of ["", " ", "a b", "a\r\nX-Injected: 1", [], ["a,b"], ["ok", ""], [42], {}]) {
        for (const option of ["entityIds", "orgIds"] as const) {
          const error = await client()
            .getWorkflowRun("1", { [option]: bad })
            .catch((e: unknown) => e);
          expect(error, `${option}=${JSON.stringify(bad)}`).toBeInstanceOf(InvalidArgumentError);
          expect(
            configErrorOf({ accessToken: ACCESS_TOKEN, baseUrl: server.url, [option]: bad }).option,
          ).toBe(option);
        }
      }
      expect(server.requests).toHaveLength(0);
    });
  });

  it("works behind a path prefix, with or without a trailing slash", async () => {
    server.handle((_, res) => json(res, 200, finished));
    for (const baseUrl of [`${server.url}/zuora`, `${server.url}/zuora/`]) {
      await client({ baseUrl }).getWorkflowRun("19063");
    }
    expect(server.requests.map((request) => request.path)).toEqual([
      "/zuora/workflows/workflow_runs/19063",
      "/zuora/workflows/workflow_runs/19063",
    ]);
  });

  it("exposes the raw openapi-fetch client with the same transport", async () => {
    server.handle((_, res) => json(res, 200, finished));
    const { data } = await client().raw.GET("/workflows/workflow_runs/{workflow_run_id}", {
      params: { path: { workflow_run_id: "19063" } },
    });
    expect(data).toEqual(finished);
    assertOnlyBearer(server.requests[0]!, ACCESS_TOKEN);
  });

  it("types the payload from the spec", () => {
    const made = createZuoraClient({ environment: "us-developer-sandbox", accessToken: ACCESS_TOKEN });
    expectTypeOf(made.getWorkflowRun).returns.resolves.toEqualTypeOf<ZuoraWorkflowRun>();
    expectTypeOf<ZuoraWorkflowRun["id"]>().toEqualTypeOf<number | string>();
    expectTypeOf<ZuoraWorkflowRun["originalWorkflowId"]>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<ZuoraWorkflowRun["runTime"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ZuoraWorkflowRun["finishedAt"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<"Finished">().toMatchTypeOf<ZuoraWorkflowRunStatus>();
    expectTypeOf<"SomethingNew">().toMatchTypeOf<ZuoraWorkflowRun["status"]>();
    // @ts-expect-error no environment and no baseUrl
    void (() => createZuoraClient({ accessToken: ACCESS_TOKEN }));
    const both = { baseUrl: "https://x", accessToken: "a", clientId: "b", clientSecret: "c" };
    // @ts-expect-error an access token and client credentials at once
    void (() => createZuoraClient(both));
    // @ts-expect-error environments are a closed list
    void (() => createZuoraClient({ environment: "us-production", accessToken: ACCESS_TOKEN }));
    // @ts-expect-error the run id is a string, not a number
    void (() => made.getWorkflowRun(19063));
  });
});
