import { redactText } from "@wfrun/core/provider";

/** Where `run()` writes and what it reads: the process's streams in the bin, buffers in tests. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
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

  static fromEnv(env: CliIo["env"]): SecretList {
    const list = new SecretList();
    for (const name of SECRET_ENV_VARS) list.add(env[name]);
    return list;
  }
}

export interface Output {
  /** Writes to stdout (results: the run, `export` lines). */
  out(text: string): void;
  /** Writes to stderr (progress, messages, errors). */
  err(text: string): void;
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
