import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
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

/** Splits a path below a base path into decoded segments, or undefined when a segment is not valid UTF-8. */
export function decodeSegments(rest: string): string[] | undefined {
  try {
    return rest.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}
