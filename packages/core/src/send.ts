/**
 * The wire: one HTTP exchange, with no retries, auth or error mapping. Two implementations share this
 * contract: `send-node.ts` (node:http with a keep-alive agent, chosen on Node through the package's `#send`
 * import condition) and `send-fetch.ts` (any WHATWG `fetch`: browsers, edge runtimes, Bun, Deno, a user's own).
 */

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The most body bytes (after decompression) read before the exchange is cut off. */
  maxBytes: number;
  /** Safe to send twice (a read, or a write with an idempotency key). */
  idempotent: boolean;
  /**
   * Every credential header is `Authorization`, which fetch drops on a hop to another origin: where the platform
   * hides redirects (a browser), it may follow them itself.
   */
  platformMayFollow?: boolean;
}

/** The response headers, read the same way on both paths. Names are case-insensitive. */
export interface WireHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: WireHeaders;
}

export interface TextResponse extends WireResponse {
  text: string;
}

export interface StreamResponse extends WireResponse {
  /** The unread body. Cancelling it (or aborting the exchange) closes the connection. */
  body: ReadableStream<Uint8Array>;
}

/** One exchange under way. `abort` ends it at any point, body included, and closes its socket. */
export interface Exchange<R> {
  response: Promise<R>;
  abort(reason: unknown): void;
}

export interface Sender {
  /** Sends the request and reads the whole body as text, at most `maxBytes` of it. */
  text(request: WireRequest): Exchange<TextResponse>;
  /** Sends the request and hands over the body unread once the headers are in (server-sent events). */
  stream(request: WireRequest): Exchange<StreamResponse>;
}

/** The body went past `maxBytes`; the sender has stopped reading and closed the connection. */
export class BodyLimitExceeded extends Error {
  override name = "BodyLimitExceeded";
  constructor(
    readonly response: WireResponse,
    readonly limit: number,
  ) {
    super(`the response body is larger than ${limit} bytes`);
  }
}

/** Reads a body stream to text, at most `maxBytes` bytes of it; past that it cancels the stream and throws. */
export async function readStreamText(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  response: WireResponse,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyLimitExceeded(response, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}
