import { startMockServer, type MockServer } from "@wfrun/mock";
import { startServer, type TestServer } from "@wfrun/testkit";
import { afterAll, beforeAll, expect } from "vitest";
import { run } from "../index.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `wfrun <argv>` in-process with captured output; `tty` makes the streams claim to be terminals. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  signal?: AbortSignal,
  tty: { stdout?: boolean; stderr?: boolean } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: tty.stdout },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty.stderr },
    env,
    signal,
  });
  return { code, stdout, stderr };
}

/** Planted credentials: long and unique, so finding one in any output is a leak, not a coincidence. */
export const KEYS = {
  STRIPE_API_KEY: "sk_test_51PlantedStripeKeyNeverPrinted",
  DIFY_API_KEY: "app-PlantedDifyKeyNeverPrinted",
  ZUORA_CLIENT_ID: "planted-zuora-client-id-never-printed",
  ZUORA_CLIENT_SECRET: "planted-zuora-client-secret-never-printed",
  COPYAI_API_KEY: "planted-copyai-key-never-printed",
} as const;

/** The environment pointing every provider at the mock, with the planted keys. */
export function mockEnv(server: MockServer): Record<string, string> {
  return {
    ...KEYS,
    STRIPE_BASE_URL: server.baseUrls.stripe,
    DIFY_BASE_URL: server.baseUrls.dify,
    ZUORA_BASE_URL: server.baseUrls.zuora,
    COPYAI_BASE_URL: server.baseUrls.copyai,
  };
}

/** The command line's ids for a run id on each provider (Copy.ai also takes a workflow id). */
export function idsFor(provider: string, runId: string): string[] {
  return provider === "copyai"
    ? [provider, "WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa", runId]
    : [provider, runId];
}

export function expectNoKeys(result: CliResult, secrets: readonly string[] = Object.values(KEYS)): void {
  for (const secret of secrets) {
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  }
}

/** Fast polling for watch tests. */
export const FAST = ["--min-delay", "5ms", "--max-delay", "10ms"] as const;

/** The mock and a loopback test server, started before a file's tests and closed after them. */
export function useServers(): { readonly mock: MockServer; readonly server: TestServer } {
  const servers = {} as { mock: MockServer; server: TestServer };
  beforeAll(async () => {
    servers.mock = await startMockServer();
    servers.server = await startServer();
  });
  afterAll(async () => {
    await servers.mock.close();
    await servers.server.close();
  });
  return servers;
}
