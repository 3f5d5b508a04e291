import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the loopback server saw it. `path` is the raw request target, still percent-encoded. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, the port chosen by the OS. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler (per test). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every request. */
export async function startServer(handler: Handler = (_, res) => json(res, 404, {})): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let current = handler;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      Promise.resolve(current(recorded, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(599);
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function html(
  res: ServerResponse,
  status: number,
  text = "<html><body><h1>502 Bad Gateway</h1></body></html>",
) {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(text);
}

/** Sends a 200 with a valid Content-Length and only the first half of the JSON. */
export function truncatedJson(res: ServerResponse, body: unknown) {
  const text = JSON.stringify(body);
  const half = text.slice(0, Math.floor(text.length / 2));
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(half) });
  res.end(half);
}

/** Promises a full body, sends part of it, then resets the connection. */
export function resetMidBody(res: ServerResponse, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.write(text.slice(0, Math.floor(text.length / 2)));
  setImmediate(() => res.socket?.destroy());
}

/** Never answers; the server's close() ends the socket. */
export function stall(_res: ServerResponse) {}
