import { redactText } from "@wfrun/core/provider";

/** An output stream: `process.stdout`/`process.stderr` fit. */
export interface CliStream {
  write(chunk: string): unknown;
  /** True on a terminal: `watch` then keeps one live status line, and `--color auto` colours. */
  isTTY?: boolean | undefined;
}

/** Where `run()` writes and what it reads: the process's streams in the bin, buffers in tests. */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Credentials and hosts are read from here (`STRIPE_API_KEY`, `DIFY_BASE_URL` …), never from `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Aborting it stops a `watch` (exit 130) and shuts a `mock` server down (exit 0). */
  signal?: AbortSignal;
}

/** Every variable whose value is a credential: cut out of anything the CLI prints, whatever the command. */
const SECRET_ENV_VARS = [
  "STRIPE_API_KEY",
  "DIFY_API_KEY",
  "ZUORA_CLIENT_ID",
  "ZUORA_CLIENT_SECRET",
  "ZUORA_ACCESS_TOKEN",
  "COPYAI_API_KEY",
] as const;

/**
 * Dummy credentials for `wfrun mock`'s `export` lines: the mock accepts any non-empty credential, and these make
 * it obvious in a log that no real key is in use.
 */
export const MOCK_CREDENTIALS = Object.freeze({
  STRIPE_API_KEY: "sk_test_wfrun_mock",
  DIFY_API_KEY: "app-wfrun-mock",
  ZUORA_CLIENT_ID: "wfrun-mock-client",
  ZUORA_CLIENT_SECRET: "wfrun-mock-secret",
  COPYAI_API_KEY: "wfrun-mock-key",
});
const MOCK_VALUES: ReadonlySet<string> = new Set(Object.values(MOCK_CREDENTIALS));

/** The credentials known so far; Zuora tokens issued during the run are added as they arrive. */
export class SecretList {
  readonly #values = new Set<string>();

  add(value: string | undefined): void {
    if (value === undefined || value.length === 0) return;
    this.#values.add(value);
    // The same secret as it appears inside JSON output, when escaping changes it.
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) this.#values.add(escaped);
  }

  values(): string[] {
    // Longest first, so a secret containing another is cut whole.
    return [...this.#values].sort((a, b) => b.length - a.length);
  }

  /**
   * The credentials in the environment. `wfrun mock`'s dummy credentials are left out: they are printed on
   * purpose, and a shell that sourced one mock's exports must still see the next mock's.
   */
  static fromEnv(env: CliIo["env"]): SecretList {
    const list = new SecretList();
    for (const name of SECRET_ENV_VARS) {
      const value = env[name];
      if (value !== undefined && !MOCK_VALUES.has(value)) list.add(value);
    }
    return list;
  }
}

export interface Output {
  /** Writes to stdout (results: the run, `export` lines). */
  out: (text: string) => void;
  /** Writes to stderr (progress, messages, errors). */
  err: (text: string) => void;
  readonly secrets: SecretList;
}

/** Every write passes through redaction: a key echoed by a server, a proxy or a bug never reaches a terminal. */
export function createOutput(io: CliIo, secrets: SecretList): Output {
  return {
    out: (text) => void io.stdout.write(redactText(text, secrets.values())),
    err: (text) => void io.stderr.write(redactText(text, secrets.values())),
    secrets,
  };
}
