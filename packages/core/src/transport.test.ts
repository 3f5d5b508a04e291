// Faults the transport must bound, on both paths (node:http and fetch), against a real loopback server.
// The server helpers live in @wfrun/testkit, imported by path (testkit depends on this package).
import type { IncomingMessage, ServerResponse } from "node:http";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { leakedResources, openResources } from "../../testkit/src/handles.js";
import { json, startServer, type TestServer } from "../../testkit/src/server.js";
import { acmeApi, acmeClient, ACME_SECRET as SECRET, failure } from "./__fixtures__/acme.js";
import {
  ApiError,
  InvalidResponseError,
  ResponseTooLargeError,
  TimeoutError,
  UserAbortError,
} from "./errors.js";

let server: TestServer;
let closed: Promise<void>;
let bytesSent: () => number;
let baseline: string[];

/** Notes when the server sees the client's socket close, and how many bytes it had flushed by then. */
function watchSocket(res: ServerResponse) {
  let close!: () => void;
  closed = new Promise((resolve) => (close = resolve));
  const socket = res.socket!;
  socket.once("close", () => close());
  bytesSent = () => socket.bytesWritten;
}

/** Writes `total` bytes of body in 64 KiB chunks as fast as the client reads them. */
function endless(res: ServerResponse, total: number, headers: Record<string, string> = {}) {
  watchSocket(res);
  res.writeHead(200, { "content-type": "application/json", ...headers });
  const chunk = Buffer.alloc(65_536, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.write("[");
  pump();
}

beforeAll(async () => {
  baseline = openResources();
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.handle((_, res) => json(res, 200, { id: "r1" })));

describe.each([
  ["node:http", undefined],
  ["fetch", (input: string, init: RequestInit) => fetch(input, init)],
])("the %s path", (_, fetchOption) => {
  const options = { maxRetries: 0, ...(fetchOption ? { fetch: fetchOption } : {}) };
  const client = (extra = {}) => acmeClient(server.url, { ...options, ...extra });

  it("closes the socket when an attempt times out mid-body", async () => {
    server.handle((_, res) => {
      watchSocket(res);
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id": "r');
    });
    const error = await failure(client({ timeoutMs: 150 })());
    expect(error).toBeInstanceOf(TimeoutError);
    await expect(Promise.race([closed.then(() => "closed"), sleep(2_000).then(() => "open")])).resolves.toBe(
      "closed",
    );
  });

  it("closes the socket when the caller aborts mid-body", async () => {
    server.handle((_, res) => {
      watchSocket(res);
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id": "r');
    });
    const controller = new AbortController();
    const call = failure(client()({ signal: controller.signal }));
    await sleep(50);
    controller.abort();
    expect(await call).toBeInstanceOf(UserAbortError);
    await expect(Promise.race([closed.then(() => "closed"), sleep(2_000).then(() => "open")])).resolves.toBe(
      "closed",
    );
  });

  it("stops reading a body larger than maxResponseBytes, once, and closes the socket", async () => {
    server.handle((_, res) => endless(res, 128 * 1024 * 1024));
    const error = await failure(client({ maxResponseBytes: 1_048_576, maxRetries: 2 })());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, limitBytes: 1_048_576, attempts: 1 });
    await closed;
    // What the server got out before the client hung up: the limit plus socket buffers, not 128 MiB.
    expect(bytesSent()).toBeLessThan(32 * 1024 * 1024);
    expect(server.requests).toHaveLength(1);
  }, 30_000);

  it("counts a compressed body after decompression (a gzip bomb)", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(256 * 1024);
    server.handle((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    });
    const error = await failure(client({ maxResponseBytes: 4 * 1024 * 1024 })());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error?.attempts).toBe(1);
  }, 30_000);

  it("reads a gzip body within the limit", async () => {
    server.handle((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(gzipSync(JSON.stringify({ id: "zipped" })));
    });
    await expect(client()()).resolves.toEqual({ id: "zipped" });
  });

  it.each([
    ["nesting deep enough to overflow a recursive walk", "[".repeat(200_000)],
    ["nesting just past the limit", `${"[".repeat(300)}${"]".repeat(300)}`],
    ["null", "null"],
    ["a number", "42"],
    ["an array", "[]"],
    ["a string", '"run"'],
    ["an unquoted big-number key", '{12345678901234567890: 1, "padding": "' + "x".repeat(300) + '"}'],
    ["a big number with leading zeros", '{"id": 000000000000000000001}'],
  ])("refuses %s as InvalidResponseError", async (_, body) => {
    server.handle((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    const error = await failure(client()());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error?.message).not.toContain("RangeError");
  });

  it("keeps an error body's __proto__ key as data", async () => {
    server.handle((_, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"__proto__": {"polluted": true}, "code": "bad"}');
    });
    const error = (await failure(client()())) as ApiError;
    const body = error.body as Record<string, unknown>;
    expect(Object.hasOwn(body, "__proto__")).toBe(true);
    expect((body as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("refuses a redirect to a Location that is not a URL, typed and not retried", async () => {
    server.handle((_, res) => {
      res.writeHead(302, { location: "http://[::1" });
      res.end();
    });
    const error = (await failure(client({ maxRetries: 2 })())) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(302);
    expect(error.message).toContain("not a URL");
    expect(server.requests).toHaveLength(1);
  });

  describe("shows no fragment of a secret in any view of an error", () => {
    const fragments = Array.from({ length: SECRET.length - 7 }, (_, i) => SECRET.slice(i, i + 8));
    const views = (error: unknown) => [
      String(error),
      (error as Error).stack ?? "",
      inspect(error, { depth: Infinity, showHidden: true }),
      JSON.stringify(error),
      JSON.stringify((error as { body?: unknown }).body ?? null),
    ];
    const echoes: [string, (req: IncomingMessage, res: ServerResponse) => void][] = [
      ["an HTML page quoting the key", (_, res) => html(res, 400, `<p>bad key ${SECRET}</p>`)],
      ["the key URL-encoded", (_, res) => html(res, 400, `?key=${encodeURIComponent(SECRET + "/+")}`)],
      ["the key cut by the snippet's end", (_, res) => html(res, 400, `${"x".repeat(190)}${SECRET}`)],
      [
        "the key in the request id and a header",
        (_, res) => json(res, 500, {}, { "request-id": `req_${SECRET}`, "x-echo": SECRET }),
      ],
      [
        "the key in a JSON field named harmlessly",
        (_, res) => json(res, 422, { detail: { deep: [[[SECRET]]] } }),
      ],
      ["a 2xx body that is not JSON", (_, res) => html(res, 200, `oops ${SECRET}`)],
    ];
    it.each(echoes)("%s", async (_, answer) => {
      server.handle((req, res) => answer(req as unknown as IncomingMessage, res));
      const error = await failure(
        acmeClient(server.url, options, { secrets: () => [SECRET, SECRET + "/+"] })(),
      );
      expect(error).toBeDefined();
      for (const view of views(error)) for (const fragment of fragments) expect(view).not.toContain(fragment);
    });
  });

  it("does not retry a write without an idempotency key, and retries one with it, same key each time", async () => {
    server.handle((_, res) => json(res, 503, {}));
    const plain = acmeApi(server.url, { ...options, maxRetries: 2 });
    const error = await failure(
      plain.request("post", "/runs", { body: { name: "x" } }, { timeoutMs: 5_000 }),
    );
    expect(error?.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);

    server.handle((_, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const keyed = acmeApi(
      server.url,
      { ...options, maxRetries: 2 },
      { idempotencyHeader: "Idempotency-Key" },
    );
    await failure(keyed.request("post", "/runs", { body: { name: "x" } }));
    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);

    server.requests.length = 0;
    await failure(keyed.request("post", "/runs", { body: { name: "x" } }, { idempotencyKey: "mine-1" }));
    expect(server.requests.map((request) => request.headers["idempotency-key"])).toEqual([
      "mine-1",
      "mine-1",
      "mine-1",
    ]);
  });
});

describe("idempotency by method", () => {
  it("retries a PUT without a key (HTTP calls PUT idempotent), and sends no key with it", async () => {
    server.handle((_, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const api = acmeApi(server.url, { maxRetries: 2 }, { idempotencyHeader: "Idempotency-Key" });
    await failure(api.request("put", "/runs/{id}/stop", { params: { path: { id: "r1" } } }));
    expect(server.requests.map((request) => [request.method, request.headers["idempotency-key"]])).toEqual([
      ["PUT", undefined],
      ["PUT", undefined],
      ["PUT", undefined],
    ]);
  });

  it("sends no key with a write marked idempotent (an OAuth token grant), and retries it", async () => {
    server.handle((_, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const api = acmeApi(server.url, { maxRetries: 1 }, { idempotencyHeader: "Idempotency-Key" });
    await failure(api.request("post", "/runs", { body: { name: "x" }, idempotent: true }));
    expect(server.requests.map((request) => request.headers["idempotency-key"])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("bad input fails early and typed, before any request", () => {
  beforeEach(() => (server.requests.length = 0));
  it.each([
    ["null", null],
    ["a string", "fast"],
    ["a signal that is no signal", { signal: "stop" }],
    ["a negative timeout", { timeoutMs: -1 }],
    ["a timeout a timer cannot hold", { timeoutMs: 2 ** 31 }],
    ["an idempotency key with a line break", { idempotencyKey: "a\nb" }],
  ])("per-call options: %s", async (_, call) => {
    const error = await failure(acmeClient(server.url)(call as never));
    expect(error?.name).toBe("InvalidArgumentError");
    expect(server.requests).toHaveLength(0);
  });

  it.each(["http://127.0.0.1:1/?", "http://127.0.0.1:1/#", "http://127.0.0.1:1/v1?x=1", "ftp://127.0.0.1/"])(
    "a base URL such as %s",
    (baseUrl) => {
      expect(() => acmeClient(baseUrl)).toThrow(
        expect.objectContaining({ name: "ConfigError", option: "baseUrl" }),
      );
    },
  );

  it("a maxResponseBytes that is not a whole positive number", () => {
    expect(() => acmeClient(server.url, { maxResponseBytes: 0 })).toThrow(
      expect.objectContaining({ name: "ConfigError", option: "maxResponseBytes" }),
    );
  });
});

describe("the node:http path", () => {
  it("resends a read at once when a kept-alive socket was closed under it, without counting an attempt", async () => {
    const call = acmeClient(server.url, { maxRetries: 0 });
    await call(); // leaves a kept-alive socket
    let first = true;
    server.handle((_, res) => {
      if (first) {
        first = false;
        res.socket?.destroy();
        return;
      }
      json(res, 200, { id: "again" });
    });
    await expect(call()).resolves.toEqual({ id: "again" });
    expect(server.requests).toHaveLength(2);
  });

  it("leaves no timer and no socket that holds the process (idle kept-alive ones are unref'd)", async () => {
    await server.close();
    expect(await leakedResources(baseline)).toEqual([]);
  });
});

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(body);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
