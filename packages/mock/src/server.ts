import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerPreflight, corsHeaders } from "./cors.js";
import { answerUnparsable, decodeSegments, pathOf, readBody, sameSecret, send } from "./http.js";
import { answerLifecycle, startedRunReply } from "./lifecycle.js";
import { outcomeOf } from "./runs.js";
import { RunStore } from "./store.js";
import type { MockProvider, MockRequest, MockServer, MockServerOptions } from "./types.js";
import { copyai } from "./vendors/copyai.js";
import { dify } from "./vendors/dify.js";
import type { Reply, RunRef, VendorProfile } from "./vendors/profile.js";
import { stripe } from "./vendors/stripe.js";
import { issueToken, zuora } from "./vendors/zuora.js";

const PROFILES: readonly VendorProfile[] = [stripe, dify, zuora, copyai];
const PROVIDERS = PROFILES.map((profile) => profile.provider);

/** The answer to a path under no provider's base URL. */
const NO_ROUTE: Reply = {
  status: 404,
  body: { error: "not_found", message: `@wfrun/mock serves ${PROFILES.map((p) => p.basePath).join(", ")}` },
};

/**
 * How much one server remembers, so that a long soak of distinct requests keeps its memory flat: the newest
 * requests, and the newest runs and tokens (an evicted run starts over, as after `reset()`).
 */
export const MOCK_MEMORY = Object.freeze({ requests: 1_000, runs: 10_000, tokens: 1_000 });

/** Adds `item` to a log, forgetting the oldest beyond `max`. */
function remember<T>(log: T[] | Set<T>, item: T, max: number) {
  if (Array.isArray(log)) {
    log.push(item);
    if (log.length > max) log.splice(0, log.length - max);
    return;
  }
  log.delete(item);
  log.add(item);
  if (log.size > max) log.delete(log.values().next().value as T);
}

/** What one server remembers; `reset()` starts it over. */
interface State {
  requests: MockRequest[];
  /** GETs answered per provider and run id, which decide where each built-in run is. */
  gets: Map<string, number>;
  /** Zuora tokens this server issued: the only bearers it accepts when `keys.zuora` is set. */
  zuoraTokens: Set<string>;
  /** Runs created by start requests, bounded per provider. */
  store: RunStore;
}

/** Starts a mock of the four vendors' workflow-run endpoints; resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", keys = {}, cors = true, eventGapMs = 20 } = validate(options);
  const state: State = { requests: [], gets: new Map(), zuoraTokens: new Set(), store: new RunStore() };
  const server = createServer((req, res) => {
    if (cors && answerPreflight(req, res)) return;
    handle(req, res, state, keys, cors, eventGapMs).catch(() => {
      // Only a broken socket gets here (the client went away mid-body): nothing is left to answer.
      if (!res.headersSent) res.destroy();
    });
  });
  server.on("clientError", answerUnparsable);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${hostPart}:${address.port}`;
  const baseUrls = Object.fromEntries(PROFILES.map((p) => [p.provider, url + p.basePath])) as Record<
    MockProvider,
    string
  >;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrls,
    get requests(): readonly MockRequest[] {
      return state.requests;
    },
    reset() {
      state.requests.length = 0;
      state.gets.clear();
      state.zuoraTokens.clear();
      state.store.clear();
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; without this, close() would wait for their idle timeouts.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function validate(options: MockServerOptions): MockServerOptions {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("startMockServer: options must be an object");
  }
  const { port, host, keys, cors, eventGapMs } = options;
  if (
    eventGapMs !== undefined &&
    !(Number.isInteger(eventGapMs) && eventGapMs >= 0 && eventGapMs <= 60_000)
  ) {
    throw new RangeError(
      "startMockServer: `eventGapMs` must be a whole number of milliseconds from 0 to 60000",
    );
  }
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    throw new RangeError("startMockServer: `port` must be an integer from 0 to 65535");
  }
  if (host !== undefined && (typeof host !== "string" || host.trim() === "")) {
    throw new TypeError("startMockServer: `host` must be a non-empty string");
  }
  if (cors !== undefined && typeof cors !== "boolean") {
    throw new TypeError("startMockServer: `cors` must be true or false");
  }
  for (const [provider, key] of Object.entries(keys ?? {})) {
    if (!PROVIDERS.includes(provider as MockProvider)) {
      throw new TypeError(`startMockServer: \`keys\` has an unknown provider; use ${PROVIDERS.join(", ")}`);
    }
    if (key !== undefined && (typeof key !== "string" || key.trim() === "")) {
      // The key itself stays out of the message: it may be a real one.
      throw new TypeError(`startMockServer: \`keys.${provider}\` must be a non-empty string`);
    }
  }
  return options;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  state: State,
  keys: Partial<Record<MockProvider, string>>,
  cors: boolean,
  eventGapMs: number,
): Promise<void> {
  // Set before any answer is written, so every one carries them: run replies, lifecycle answers and streams.
  if (cors) for (const [name, value] of Object.entries(corsHeaders())) res.setHeader(name, value);
  const method = req.method ?? "GET";
  // Only the path is kept: a query string could carry a credential.
  const path = pathOf(req.url ?? "/");
  const profile = PROFILES.find((p) => path === p.basePath || path.startsWith(p.basePath + "/"));
  const answer = (reply: Reply) => {
    remember(
      state.requests,
      Object.freeze({ provider: profile?.provider ?? null, method, path, status: reply.status }),
      MOCK_MEMORY.requests,
    );
    send(res, reply, profile?.commonHeaders?.(req.headers));
  };
  if (!profile) return answer(NO_ROUTE);

  const segments = decodeSegments(path.slice(profile.basePath.length));
  const operation = segments && profile.lifecycle?.route(segments, method);
  if (operation) {
    const refused = refusal(profile, req, keys, state);
    if (refused) return answer(refused);
    const log = (status: number) =>
      remember(
        state.requests,
        Object.freeze({ provider: profile.provider, method, path, status }),
        MOCK_MEMORY.requests,
      );
    return answerLifecycle(profile, operation, req, res, state.store, log, eventGapMs);
  }
  const route = segments && profile.route(segments);
  if (!route || route.method !== method) return answer(profile.notFound());

  if (route.kind === "token") {
    const body = await readBody(req);
    const { reply, token } = issueToken(
      body === undefined ? undefined : new URLSearchParams(body),
      keys.zuora,
    );
    if (token) remember(state.zuoraTokens, token, MOCK_MEMORY.tokens);
    return answer(reply);
  }

  const refused = refusal(profile, req, keys, state);
  if (refused) return answer(refused);
  const started = startedRunReply(profile, route.ref, state.store);
  return answer(started ?? runReply(profile, route.ref, path, state));
}

/** The answer to a request that is not authenticated, or malformed for the vendor; undefined when it is fine. */
function refusal(
  profile: VendorProfile,
  req: IncomingMessage,
  keys: Partial<Record<MockProvider, string>>,
  state: State,
): Reply | undefined {
  const credential = profile.credential(req.headers);
  if (!credential || !accepts(profile.provider, credential, keys, state)) {
    return profile.unauthorized(credential !== undefined);
  }
  return profile.precondition?.(req.headers);
}

function accepts(
  provider: MockProvider,
  credential: string,
  keys: Partial<Record<MockProvider, string>>,
  state: State,
): boolean {
  const key = keys[provider];
  if (key === undefined) return true;
  // Zuora's bearer is a token the mock issued for the configured secret, never the secret itself.
  if (provider === "zuora") return state.zuoraTokens.has(credential);
  return sameSecret(credential, key);
}

function runReply(profile: VendorProfile, ref: RunRef, path: string, state: State): Reply {
  const counter = `${profile.provider}\u0000${ref.runId}`;
  const get = (state.gets.get(counter) ?? 0) + 1;
  state.gets.delete(counter); // re-inserted last: the map's order is then least recently used first
  state.gets.set(counter, get);
  if (state.gets.size > MOCK_MEMORY.runs) state.gets.delete(state.gets.keys().next().value!);
  const outcome = outcomeOf(ref.runId, get, profile.progress);
  switch (outcome.kind) {
    case "run":
      return { status: 200, body: profile.run(outcome.stage, ref) };
    case "rate_limited":
      return profile.rateLimited();
    case "unavailable":
      return profile.unavailable();
    case "not_found":
      return profile.notFound(ref);
    case "moved": {
      // The same path with the last segment (the run id) replaced: a redirect within the origin.
      const location = path.slice(0, path.lastIndexOf("/") + 1) + outcome.to;
      return { status: 307, body: { moved_to: location }, headers: { location } };
    }
  }
}
