import { inspect } from "node:util";
import {
  ConfigError,
  InvalidArgumentError,
  InvalidResponseError,
  TimeoutError,
  UserAbortError,
  WfrunError,
  type ApiError,
  type ClientOptions,
} from "@wfrun/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  html,
  json,
  resetMidBody,
  stall,
  startServer,
  truncatedJson,
  type RecordedRequest,
  type TestServer,
} from "./server.js";

/** Ids that must be refused before a request, or reach the server as exactly one path segment. */
export const HOSTILE_IDS: readonly string[] = [
  "..",
  ".",
  "",
  " ",
  "%2e%2e",
  "%2E.",
  "a/b",
  "../../v1/secrets",
  "x?y#z",
  "a%2Fb",
  "line\nbreak",
  "nul\u0000byte",
  "tab\there",
  "x".repeat(2048),
  "ünïcødé-日本語-🚀",
  "lone\ud800surrogate",
  "semi;colon&amp=1",
  "back\\slash",
];

export interface ErrorCase {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  errorClass: abstract new (...args: never[]) => ApiError;
  code?: string;
}

export interface ProviderContract<Client> {
  provider: string;
  /** The credential values the client is built with: none may ever be printed. */
  secrets: readonly string[];
  create(options: ClientOptions & { baseUrl: string }): Client;
  /** Calls getWorkflowRun with one id per path parameter. */
  get(client: Client, ids: readonly string[], options?: { signal?: AbortSignal }): Promise<unknown>;
  /** How many ids the endpoint's path takes (Copy.ai: workflow and run). */
  idCount: number;
  /** The path the server must see for these ids, with each id encoded as one segment. */
  expectedPath(encodedIds: readonly string[]): string;
  /** Answers a successful request; defaults to `json(res, 200, success.body)`. */
  success: { body: unknown; result: unknown };
  /** Checks the credential headers of a recorded request. */
  assertAuth(request: RecordedRequest): void;
  errors: readonly ErrorCase[];
}

/**
 * The tests every provider client must pass, against a real HTTP server on loopback. Each provider's own
 * test file runs this suite and adds what is particular to its vendor.
 */
export function describeProviderContract<Client>(contract: ProviderContract<Client>): void {
  // Both transport paths: node:http (the default on Node) and fetch (every other runtime, or a user's fetch).
  describe.each([
    ["node:http", {}],
    ["fetch", { fetch: (input: string, init: RequestInit) => fetch(input, init) }],
  ] as const)(`${contract.provider} client contract, %s path`, (_, path) => {
    let server: TestServer;
    const ids = Array.from({ length: contract.idCount }, (_, i) => `run_${i}`);
    const client = (options: ClientOptions = {}) =>
      contract.create({ baseUrl: server.url, maxRetries: 0, ...path, ...options });

    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(() => server.close());

    it("returns the spec's example payload, equal", async () => {
      server.handle((_, res) => json(res, 200, contract.success.body));
      await expect(contract.get(client(), ids)).resolves.toEqual(contract.success.result);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.method).toBe("GET");
      expect(server.requests[0]!.path).toBe(contract.expectedPath(ids));
    });

    it("sends its credentials and a user agent", async () => {
      server.handle((_, res) => json(res, 200, contract.success.body));
      await contract.get(client(), ids);
      const [request] = server.requests;
      contract.assertAuth(request!);
      expect(request!.headers["user-agent"]).toMatch(new RegExp(`^wfrun/${contract.provider} `));
    });

    for (const errorCase of contract.errors) {
      it(`maps HTTP ${errorCase.status} ${errorCase.code ?? ""} to ${errorCase.errorClass.name}`, async () => {
        server.handle((_, res) => json(res, errorCase.status, errorCase.body, errorCase.headers));
        const error = await contract.get(client(), ids).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(errorCase.errorClass);
        expect((error as ApiError).status).toBe(errorCase.status);
        expect((error as ApiError).code).toBe(errorCase.code);
        expect((error as ApiError).provider).toBe(contract.provider);
        expect((error as ApiError).attempts).toBe(1);
        expectNoSecret(error, contract.secrets);
      });
    }

    const badBodies: [string, (res: Parameters<typeof json>[0]) => void][] = [
      ["an HTML page", (res) => html(res, 200)],
      ["an empty body", (res) => res.writeHead(200, { "content-type": "application/json" }).end()],
      ["a truncated JSON body", (res) => truncatedJson(res, contract.success.body)],
    ];
    for (const [label, answer] of badBodies) {
      it(`turns a 200 with ${label} into InvalidResponseError`, async () => {
        server.handle((_, res) => answer(res));
        const error = await contract.get(client(), ids).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).status).toBe(200);
        expectNoSecret(error, contract.secrets);
      });
    }

    it("turns a connection reset mid-body into a ConnectionError after its retries", async () => {
      server.handle((_, res) => resetMidBody(res, contract.success.body));
      const error = await contract.get(client({ maxRetries: 1 }), ids).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WfrunError);
      expect((error as WfrunError).name).toBe("ConnectionError");
      expect((error as WfrunError).attempts).toBe(2);
      expect(server.requests).toHaveLength(2);
    });

    for (let position = 0; position < contract.idCount; position++) {
      it(`refuses hostile ids or sends them as one path segment (id #${position + 1})`, async () => {
        server.handle((_, res) => json(res, 200, contract.success.body));
        let refused = 0;
        for (const hostile of HOSTILE_IDS) {
          const callIds = ids.map((id, i) => (i === position ? hostile : id));
          server.requests.length = 0;
          const outcome = await contract.get(client(), callIds).then(
            () => "sent",
            (e: unknown) => e,
          );
          if (outcome === "sent") {
            expect(server.requests, JSON.stringify(hostile)).toHaveLength(1);
            const encoded = callIds.map((id) => encodeURIComponent(id));
            expect(server.requests[0]!.path).toBe(contract.expectedPath(encoded));
            // The server decodes exactly the id the caller passed, in one segment.
            const segments = server.requests[0]!.path.split("?")[0]!.split("/");
            expect(segments.map((s) => decodeURIComponent(s))).toContain(hostile);
          } else {
            expect(outcome, JSON.stringify(hostile)).toBeInstanceOf(InvalidArgumentError);
            expect(server.requests).toHaveLength(0);
            refused++;
          }
        }
        expect(refused).toBeGreaterThanOrEqual(8);
      });
    }

    it("refuses ids that are not strings", async () => {
      for (const bad of [undefined, null, 42, {}]) {
        const callIds = ids.map((id, i) => (i === 0 ? (bad as string) : id));
        await expect(contract.get(client(), callIds)).rejects.toBeInstanceOf(InvalidArgumentError);
      }
    });

    it("gives a TimeoutError when the server stalls past timeoutMs", async () => {
      server.handle((_, res) => stall(res));
      const started = performance.now();
      const error = await contract.get(client({ timeoutMs: 150 }), ids).catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).toBe(150);
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(2_000);
    });

    it("stops at once when the caller's signal aborts", async () => {
      server.handle((_, res) => stall(res));
      const controller = new AbortController();
      const pending = contract.get(client(), ids, { signal: controller.signal }).catch((e: unknown) => e);
      setTimeout(() => controller.abort(), 30);
      const started = performance.now();
      const error = await pending;
      expect(error).toBeInstanceOf(UserAbortError);
      expect(performance.now() - started).toBeLessThan(1_000);
      const already = await contract
        .get(client(), ids, { signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect(already).toBeInstanceOf(UserAbortError);
    });

    it("rejects nonsense options with a ConfigError naming the option", () => {
      for (const [option, value] of [
        ["timeoutMs", -1],
        ["timeoutMs", Number.NaN],
        ["maxRetries", 1.5],
        ["maxRetries", -1],
        ["deadlineMs", 0],
        ["baseUrl", "not a url"],
        ["baseUrl", "ftp://example.com"],
        ["fetch", "nope"],
      ] as const) {
        let thrown: unknown;
        try {
          contract.create({ baseUrl: server.url, [option]: value });
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `${option}=${String(value)}`).toBeInstanceOf(ConfigError);
        expect((thrown as ConfigError).option).toBe(option);
      }
    });

    it("never shows a credential in the client or its errors", async () => {
      const made = client();
      expectNoSecret(made, contract.secrets);
      server.handle((_, res) => json(res, 401, { echoed: contract.secrets.join(" ") }));
      const error = await contract.get(made, ids).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WfrunError);
      expectNoSecret(error, contract.secrets);
    });
  });
}

/** Fails when any secret appears in the value's message, stack, JSON or `util.inspect` output. */
export function expectNoSecret(value: unknown, secrets: readonly string[]): void {
  const views = [inspect(value, { depth: 10, showHidden: true }), safeJson(value)];
  if (value instanceof Error) views.push(value.message, value.stack ?? "", String(value));
  for (const secret of secrets) {
    for (const view of views)
      expect(view.includes(secret), `secret found in: ${view.slice(0, 300)}`).toBe(false);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}
