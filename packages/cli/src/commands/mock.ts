import { isObject } from "@wfrun/core/provider";
import { parseCommandArgs, parseInteger, quote } from "../args.js";
import { EXIT, UsageError } from "../exit.js";
import { MOCK_HELP } from "../help.js";
import { MOCK_CREDENTIALS } from "../io.js";
import type { CommandContext } from "./context.js";

export async function mockCommand(argv: readonly string[], { io, output }: CommandContext) {
  const { values, positionals } = parseCommandArgs("mock", argv, {
    port: { type: "string" },
    host: { type: "string" },
  });
  if (values.help) {
    output.out(MOCK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${quote(positionals[0]!)}`, "mock");
  const port = values.port === undefined ? 0 : parseInteger("--port", values.port, "mock", 0, 65_535);
  const host = values.host ?? "127.0.0.1";
  if (host.trim() === "") throw new UsageError("--host must not be empty", "mock");

  // Loaded only here: `get` and `watch` never pay for the mock's fixtures.
  const { startMockServer, MOCK_RUN_IDS } = await import("@wfrun/mock");
  const server = await startMockServer({ port, host }).catch((error: unknown) => {
    throw new UsageError(`cannot listen on ${host}:${port}: ${listenProblem(error)}`, "mock");
  });
  try {
    const { baseUrls } = server;
    const lines = [
      `wfrun: mock server listening on ${server.url}`,
      ...Object.entries(baseUrls).map(([provider, url]) => `wfrun:   ${provider.padEnd(7)} ${url}`),
      `wfrun: run ids: ${MOCK_RUN_IDS.join(", ")} (any other id: 404)`,
      "wfrun: copyai takes a workflow id first (any will do): wfrun get copyai WCFG-1 run_succeeded",
    ];
    if (!isLoopback(host)) lines.push(`wfrun: listening on ${host}: other machines can reach this server`);
    lines.push("wfrun: paste the lines below into your shell; Ctrl-C stops the server");
    output.err(`${lines.join("\n")}\n`);
    output.out(
      [
        "unset ZUORA_ENVIRONMENT ZUORA_ACCESS_TOKEN",
        `export STRIPE_BASE_URL='${baseUrls.stripe}'`,
        `export STRIPE_API_KEY='${MOCK_CREDENTIALS.STRIPE_API_KEY}'`,
        `export DIFY_BASE_URL='${baseUrls.dify}'`,
        `export DIFY_API_KEY='${MOCK_CREDENTIALS.DIFY_API_KEY}'`,
        `export ZUORA_BASE_URL='${baseUrls.zuora}'`,
        `export ZUORA_CLIENT_ID='${MOCK_CREDENTIALS.ZUORA_CLIENT_ID}'`,
        `export ZUORA_CLIENT_SECRET='${MOCK_CREDENTIALS.ZUORA_CLIENT_SECRET}'`,
        `export COPYAI_BASE_URL='${baseUrls.copyai}'`,
        `export COPYAI_API_KEY='${MOCK_CREDENTIALS.COPYAI_API_KEY}'`,
        "",
      ].join("\n"),
    );
    await untilAborted(io.signal);
  } finally {
    await server.close();
  }
  output.err("wfrun: mock server stopped\n");
  return EXIT.ok;
}

/** Resolves when the signal fires; without a signal, never (the process's own end stops the server). */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return;
    if (signal.aborted) return resolve();
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

function listenProblem(error: unknown): string {
  const code = isObject(error) ? String(error.code) : "";
  if (code === "EADDRINUSE") return "the port is already in use (try --port 0 for any free port)";
  if (code === "EACCES") return "permission denied (ports below 1024 need privileges)";
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return "no such address on this machine";
  return error instanceof Error ? error.message : String(error);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
