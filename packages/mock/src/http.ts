import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Reply } from "./vendors/profile.js";

/** Bodies the mock reads (Zuora's token form) are tiny; anything bigger is refused rather than buffered. */
const MAX_BODY_BYTES = 64 * 1024;

export function send(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...extraHeaders,
    ...reply.headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The request body as text, or undefined when it is larger than the mock accepts. */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Compares secrets in constant time (hashing first makes the lengths equal), so timing does not leak a key. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The path of a request target, as sent: no query or fragment, dot segments and double slashes kept (a URL
 * parser would resolve them, and `//host/…` would even become a host), so a run id of `..` is just an unknown id.
 */
export function pathOf(target: string): string {
  if (target.startsWith("/")) return target.split(/[?#]/, 1)[0] ?? "/";
  try {
    // The absolute form (`GET http://host/path`), as proxies send it.
    return new URL(target).pathname;
  } catch {
    return target.split(/[?#]/, 1)[0] ?? "";
  }
}

/** Splits a path below a base path into decoded segments, or undefined when a segment is not valid UTF-8. */
export function decodeSegments(rest: string): string[] | undefined {
  try {
    return rest.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/**
 * Node answers a request it cannot parse (a header too large, broken framing) itself, with no body; this keeps
 * those answers JSON like every other. Such a request never reaches the log: it has no trustworthy path.
 */
export function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const reason = status === 431 ? "Request Header Fields Too Large" : "Bad Request";
  const text = JSON.stringify({
    error: "bad_request",
    message: `The request could not be parsed: ${reason}`,
  });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
