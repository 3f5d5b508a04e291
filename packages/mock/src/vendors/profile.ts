import type { IncomingHttpHeaders } from "node:http";
import type { MockProvider } from "../types.js";
import type { RunStage } from "../runs.js";
import type { LiveStage, RunStore, StoredRun } from "../store.js";

/** An answer: status, JSON body and any extra headers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Which run a request names: Copy.ai also names the workflow. */
export interface RunRef {
  runId: string;
  workflowId?: string;
}

/** A path the vendor serves, below its base path. */
type Route = { kind: "run"; method: "GET"; ref: RunRef } | { kind: "token"; method: "POST" };

/** A run-lifecycle request the vendor serves: which operation, and the decoded path parts it captured. */
export interface LifecycleRoute {
  op: string;
  params: readonly string[];
}

/** What a lifecycle handler gets: the runs, and the request's headers, query and JSON body. */
export interface LifecycleRequest {
  store: RunStore;
  headers: IncomingHttpHeaders;
  query: URLSearchParams;
  /** Where a run is now (as its last GET showed it); reading it does not move the run. */
  stageOf: (run: StoredRun) => LiveStage;
  /** The parsed JSON body; `undefined` without one, {@link INVALID_BODY} when it is not JSON or too large. */
  body: unknown;
}

/** The body of a request that is not JSON, or larger than the mock reads. */
export const INVALID_BODY: unique symbol = Symbol("invalid body");

/**
 * Server-sent events, written one by one with a short pause between them. `events` is read lazily, one event
 * per pause, so a generator can look at the run each time (a stop ends the stream); when the client goes away
 * first, the generator is closed (its `finally` runs).
 */
export interface EventStreamReply {
  status: 200;
  events: Iterator<{ event?: string; data: string }, void, undefined>;
  headers?: Record<string, string>;
}

/** Start, list and stop as the vendor offers them, over the runs in the {@link RunStore}. */
export interface Lifecycle {
  route(segments: readonly string[], method: string): LifecycleRoute | undefined;
  answer(route: LifecycleRoute, request: LifecycleRequest): Reply | EventStreamReply;
  /** The vendor's body for a started run at a stage, for a GET of the run. */
  runBody(run: StoredRun, stage: LiveStage): unknown;
}

/** One vendor as data: its routes, how it authenticates, its lifecycle, its payloads and its error bodies. */
export interface VendorProfile {
  provider: MockProvider;
  /** The base URL's path below the server's root, such as `/dify/v1`. */
  basePath: string;
  /** The route for a decoded path below `basePath`, or undefined when the vendor serves no such path. */
  route(segments: readonly string[]): Route | undefined;
  /** The credential the request presents (key or bearer token), or undefined when it presents none. */
  credential(headers: IncomingHttpHeaders): string | undefined;
  /** A refusal for a request that is authenticated but malformed for this vendor (Stripe without a version). */
  precondition?(headers: IncomingHttpHeaders): Reply | undefined;
  /** Headers the vendor puts on every answer (request ids, echoed tracing ids). */
  commonHeaders?(headers: IncomingHttpHeaders): Record<string, string>;
  /** The stage of each GET of `run_progress`; the last one is terminal. */
  progress: readonly RunStage[];
  /** The run's body at a stage, built from the spec's examples. */
  run(stage: RunStage, ref: RunRef): unknown;
  unauthorized(credentialGiven: boolean): Reply;
  /** Not found: the run named by `ref`, or (without one) a path the vendor does not serve. */
  notFound(ref?: RunRef): Reply;
  rateLimited(): Reply;
  unavailable(): Reply;
  /** The vendor's start, list and stop endpoints, over runs that a start creates. */
  lifecycle?: Lifecycle;
}

/** The value of a `Bearer` authorization header, if it has a non-empty one. */
export function bearer(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer +(\S.*)$/i.exec(headers.authorization ?? "");
  return match?.[1]?.trim() || undefined;
}

/** The headers of every 429: a seconds value for any client, a millisecond one so tests stay fast. */
export const RATE_LIMIT_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "retry-after": "1",
  "retry-after-ms": "20",
});

/** Matches decoded segments against a template whose `*` parts take any non-empty segment; returns those parts. */
export function matchPath(segments: readonly string[], template: readonly string[]): string[] | undefined {
  if (segments.length !== template.length) return undefined;
  const captured: string[] = [];
  for (const [index, part] of template.entries()) {
    const segment = segments[index] ?? "";
    if (part === "*") {
      if (segment === "") return undefined;
      captured.push(segment);
    } else if (part !== segment) return undefined;
  }
  return captured;
}
