/** The vendors the mock speaks for. */
export type MockProvider = "stripe" | "dify" | "zuora" | "copyai";

export interface MockServerOptions {
  /** The port to listen on. Default 0: the OS picks a free one (read it from `url`). */
  port?: number;
  /** The address to listen on. Default `"127.0.0.1"`: loopback only unless you ask for more. */
  host?: string;
  /**
   * The credential the mock accepts, per provider: the API key (Stripe, Dify, Copy.ai) or Zuora's OAuth client
   * secret (any non-empty client id goes). A provider left unset accepts any non-empty credential.
   */
  keys?: Partial<Record<MockProvider, string>>;
  /**
   * Default `true`: answers CORS preflights and lets a page on any origin call the mock and read the headers
   * clients use (request ids, `retry-after`, `retry-after-ms`, `stripe-should-retry` …). `false`: no CORS headers,
   * and an OPTIONS is a 404 like any other unserved method.
   */
  cors?: boolean;
  /**
   * The pause between two events of a streamed run (Dify's server-sent events). Default 20 ms: a client sees
   * them arrive one by one and can stop a run midway. Tests that act mid-stream on a busy machine raise it.
   */
  eventGapMs?: number;
}

/** One request the mock answered: no credentials, no query string, no bodies. */
export interface MockRequest {
  /** The provider whose base URL the path is under, or `null` for a path under none. */
  provider: MockProvider | null;
  method: string;
  /** The path as requested, without the query string. */
  path: string;
  /** The HTTP status the mock answered with. */
  status: number;
}

export interface MockServer {
  /** `http://<host>:<port>`. */
  url: string;
  /** Each provider's base URL, to pass as the client's `baseUrl`. */
  baseUrls: Record<MockProvider, string>;
  /** Every request answered so far, oldest first (the same array, kept up to date). */
  requests: readonly MockRequest[];
  /** Forgets the request log, the runs' progress and the Zuora tokens issued, as if the server were new. */
  reset(): void;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}
