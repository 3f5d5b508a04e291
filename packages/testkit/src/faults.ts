import type { ServerResponse } from "node:http";
import type { Handler } from "./server.js";
import { html, json, resetMidBody, stall, truncatedJson } from "./server.js";

/** One scripted answer of the fault server. */
export type Answer = (res: ServerResponse) => void;

/** The faults a real network and real proxies produce, as answers to script. */
export const fault = {
  ok:
    (body: unknown, headers?: Record<string, string>): Answer =>
    (res) =>
      json(res, 200, body, headers),
  status:
    (status: number, body: unknown = { error: `HTTP ${status}` }, headers?: Record<string, string>): Answer =>
    (res) =>
      json(res, status, body, headers),
  /** 429 asking for a wait in seconds (`Retry-After: 2`). */
  retryAfterSeconds:
    (seconds: number | string, body: unknown = {}): Answer =>
    (res) =>
      json(res, 429, body, { "retry-after": String(seconds) }),
  /** 429 asking for a wait until an HTTP date. */
  retryAfterDate:
    (at: Date, body: unknown = {}): Answer =>
    (res) =>
      json(res, 429, body, { "retry-after": at.toUTCString() }),
  /** 429 asking for a wait in milliseconds (`retry-after-ms`). */
  retryAfterMs:
    (ms: number, status = 429): Answer =>
    (res) =>
      json(res, status, {}, { "retry-after-ms": String(ms) }),
  /** Headers and half the body, then the connection is reset. */
  resetMidBody:
    (body: unknown): Answer =>
    (res) =>
      resetMidBody(res, body),
  /** The connection is closed before any response. */
  resetBeforeResponse: (): Answer => (res) => res.socket?.destroy(),
  /** Never answers (until the server closes). */
  stall: (): Answer => (res) => stall(res),
  /** Answers after `ms`. */
  slow:
    (ms: number, answer: Answer): Answer =>
    (res) => {
      const timer = setTimeout(() => answer(res), ms);
      res.on("close", () => clearTimeout(timer));
    },
  /** A 200 whose JSON stops halfway, with a Content-Length that matches what was sent. */
  truncated:
    (body: unknown): Answer =>
    (res) =>
      truncatedJson(res, body),
  /** An HTML page from a proxy, at any status. */
  html:
    (status = 502): Answer =>
    (res) =>
      html(res, status),
};

/**
 * A handler that answers the n-th request with the n-th answer, and every later request with the last one.
 * `served()` counts the requests answered so far, for exact attempt assertions.
 */
export function scripted(...answers: Answer[]): Handler & { served(): number } {
  if (answers.length === 0) throw new Error("scripted() needs at least one answer");
  let served = 0;
  const handler: Handler = (_request, res) => {
    const answer = answers[Math.min(served, answers.length - 1)]!;
    served++;
    answer(res);
  };
  return Object.assign(handler, { served: () => served });
}
