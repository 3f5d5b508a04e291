import { parseCommandArgs, quote } from "../args.js";
import { EXIT, UsageError } from "../exit.js";
import { formatRuns, printable } from "../format.js";
import { parseProvider } from "../providers.js";
import type { CommandContext } from "./context.js";
import { connectLifecycle } from "./lifecycle.js";

export const STOP_HELP = `Usage: wfrun stop <provider> <id> [options]

Asks the vendor to stop a run, then prints the run as the vendor reports it (where it can). Stopping a run
that has already ended is not an error where the vendor accepts it.

Arguments:
  <provider>     zuora (a run id) or dify (the task id \`wfrun start dify\` prints; Dify stops streaming runs only).
                 Stripe and Copy.ai offer no way to stop a run.
  <id>           the run's (Zuora) or task's (Dify) id

Options:
  --json             print the run as JSON on stdout
  --base-url <url>   the API's base URL, instead of the provider's *_BASE_URL variable or default
  --user <id>        Dify: the end user asking for the stop (default wfrun-cli)
  -h, --help         this help

Examples:
  wfrun stop zuora 19063
  wfrun stop dify 5ad4cb98-f0c7-4085-b384-88c403be6290
`;

export async function stopCommand(argv: readonly string[], { io, output, onTarget }: CommandContext) {
  const { values, positionals } = parseCommandArgs("stop", argv, {
    json: { type: "boolean" },
    "base-url": { type: "string" },
    user: { type: "string" },
  });
  if (values.help) {
    output.out(STOP_HELP);
    return EXIT.ok;
  }
  const [name, id, ...extra] = positionals;
  const provider = parseProvider("stop", name);
  onTarget({ provider, ids: id === undefined ? [] : [id] });
  const lifecycle = await connectLifecycle(provider, {
    env: io.env,
    secrets: output.secrets,
    baseUrl: values["base-url"],
  });
  if (!lifecycle.stop) throw new UsageError(lifecycle.lacks.stop ?? "this provider cannot stop runs", "stop");
  if (id === undefined) throw new UsageError(`missing <id>: wfrun stop ${provider} <id>`, "stop");
  if (extra.length > 0) throw new UsageError(`unexpected argument ${quote(extra[0]!)}`, "stop");
  const run = await lifecycle.stop(id, { signal: io.signal, user: values.user });
  if (run === null) {
    output.out(
      values.json
        ? `${JSON.stringify({ id, stopRequested: true })}\n`
        : printable(`stop requested: ${id}`) + "\n",
    );
  } else {
    output.out(values.json ? formatRuns([run], "json", false) : formatRuns([run], "summary", false));
  }
  return EXIT.ok;
}
