import type * as Http from "node:http";
import type { ClientRequest, IncomingMessage } from "node:http";
import type * as Https from "node:https";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import type * as Zlib from "node:zlib";
import {
  BodyLimitExceeded,
  type Exchange,
  type Sender,
  type StreamResponse,
  type TextResponse,
  type WireHeaders,
  type WireRequest,
  type WireResponse,
} from "./send.js";

/**
 * The Node path: node:http with a keep-alive agent. Measured against `fetch` on Node 20 it makes no
 * `Request`, `Response`, `Headers` or `AbortSignal` per call, which is most of what fetch costs (BENCHMARKS.md).
 * Idle sockets are unref'd by the agent, so they never keep a process alive.
 */

// Shared by every client in the process: one pool per protocol, like Node's own global agent.
// 15 s keeps a polling loop's socket warm; a server's shorter `Keep-Alive: timeout` hint is honoured by Node.
const AGENT_OPTIONS = { keepAlive: true, timeout: 15_000, scheduling: "lifo" } as const;
let httpAgent: Http.Agent | undefined;
let httpsAgent: Https.Agent | undefined;

// Loaded on the first request, not on import: node:http, TLS and zlib are most of what importing a client
// would otherwise add to a process's start-up (measured in BENCHMARKS.md).
const load = createRequire(import.meta.url);
let http: typeof Http | undefined;
let https: typeof Https | undefined;
let zlib: typeof Zlib | undefined;

const ACCEPT_ENCODING = "gzip, deflate, br";

interface Connection {
  destroy(reason: unknown): void;
}

function open(request: WireRequest, onResponse: (res: IncomingMessage) => void, fail: (e: unknown) => void) {
  const url = new URL(request.url);
  const secure = url.protocol === "https:";
  if (secure) https ??= load("node:https") as typeof Https;
  else http ??= load("node:http") as typeof Http;
  const headers: Record<string, string> = { "accept-encoding": ACCEPT_ENCODING, ...request.headers };
  if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));
  const options = {
    method: request.method,
    headers,
    agent: secure
      ? (httpsAgent ??= new https!.Agent(AGENT_OPTIONS))
      : (httpAgent ??= new http!.Agent(AGENT_OPTIONS)),
  };
  let responded = false;
  const respond = (res: IncomingMessage) => {
    responded = true;
    onResponse(res);
  };
  const start = (firstTry: boolean): ClientRequest => {
    const req = secure ? https!.request(url, options, respond) : http!.request(url, options, respond);
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive socket that the server closed just as it was reused: the request never reached the
      // server (or the server dropped it unread), so a request safe to repeat is sent once more at once on a
      // fresh socket: Node's documented pattern for this race.
      if (firstTry && request.idempotent && req.reusedSocket && error.code === "ECONNRESET" && !responded) {
        current = start(false);
        return;
      }
      fail(error);
    });
    req.end(request.body);
    return req;
  };
  let current = start(true);
  const connection: Connection = { destroy: (reason) => current.destroy(reason as Error) };
  return connection;
}

function headersOf(res: IncomingMessage): WireHeaders {
  const raw = res.headers;
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
    forEach(callback) {
      for (const [name, value] of Object.entries(raw)) {
        if (value !== undefined) callback(Array.isArray(value) ? value.join(", ") : value, name);
      }
    },
  };
}

function wireResponse(res: IncomingMessage): WireResponse {
  return { status: res.statusCode ?? 0, statusText: res.statusMessage ?? "", headers: headersOf(res) };
}

/** The body as the server meant it: decompressed where it says it is compressed. */
function decoded(res: IncomingMessage): Readable {
  const encoding = res.headers["content-encoding"]?.trim().toLowerCase();
  if (encoding === undefined || encoding === "identity") return res;
  zlib ??= load("node:zlib") as typeof Zlib;
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return res.pipe(zlib.createGunzip());
    case "deflate":
      return res.pipe(zlib.createInflate());
    case "br":
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

function text(request: WireRequest): Exchange<TextResponse> {
  let connection: Connection | undefined;
  let body: Readable | undefined;
  const response = new Promise<TextResponse>((resolve, reject) => {
    // Rejected first: destroying a response mid-body emits "aborted" at once, which would reject again.
    const fail = (error: unknown) => {
      reject(error);
      body?.destroy();
      connection?.destroy(error);
    };
    connection = open(
      request,
      (res) => {
        const head = wireResponse(res);
        const stream = (body = decoded(res));
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > request.maxBytes) return fail(new BodyLimitExceeded(head, request.maxBytes));
          chunks.push(chunk);
        });
        stream.on("error", fail);
        // "aborted": the server closed mid-body; "end" never comes, and undici would call it a terminated body.
        res.on("aborted", () => fail(new Error("the connection closed before the whole body arrived")));
        stream.on("end", () => {
          const buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          resolve({ ...head, text: buffer.toString("utf8") });
        });
      },
      fail,
    );
  });
  return {
    response,
    abort(reason) {
      body?.destroy();
      connection?.destroy(reason);
    },
  };
}

function stream(request: WireRequest): Exchange<StreamResponse> {
  let connection: Connection | undefined;
  const response = new Promise<StreamResponse>((resolve, reject) => {
    connection = open(
      request,
      (res) => {
        const { Readable: NodeReadable } = load("node:stream") as typeof import("node:stream");
        const body = NodeReadable.toWeb(decoded(res)) as ReadableStream<Uint8Array>;
        resolve({ ...wireResponse(res), body });
      },
      reject,
    );
  });
  return { response, abort: (reason) => connection?.destroy(reason) };
}

export function defaultSender(): Sender {
  return { text, stream };
}
