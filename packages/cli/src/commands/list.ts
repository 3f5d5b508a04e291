import type { WorkflowRun } from "@wfrun/core";
import { parseCommandArgs, parseInteger, quote } from "../args.js";
import { EXIT, UsageError } from "../exit.js";
import { printable } from "../format.js";
import { parseProvider, PROVIDERS } from "../providers.js";
import type { CommandContext } from "./context.js";
import { connectLifecycle } from "./lifecycle.js";

export const LIST_HELP = `Usage: wfrun list <provider> [<workflow>] [options]

Lists runs, newest first where the vendor orders them, fetching page after page as needed: a table
(id, status, created, workflow), or with --json one JSON array of normalized runs.

Arguments:
  <provider>     ${PROVIDERS.join(", ")}
  <workflow>     Copy.ai: the workflow whose runs to list (required); Stripe: only this workflow's runs

Options:
  --status <s>       only runs in this vendor status (repeatable; Stripe and Dify)
  --limit <n>        at most n runs (default 20)
  --page-size <n>    runs per request (default: the vendor's)
  --json             print the runs as a JSON array on stdout
  --base-url <url>   the API's base URL, instead of the provider's *_BASE_URL variable or default
  -h, --help         this help

Examples:
  wfrun list copyai WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa --limit 50
  wfrun list stripe --status failed --json | jq '.[].id'
`;

const DEFAULT_LIMIT = 20;

export async function listCommand(argv: readonly string[], { io, output, onTarget }: CommandContext) {
  const { values, positionals } = parseCommandArgs("list", argv, {
    status: { type: "string", multiple: true },
    limit: { type: "string" },
    "page-size": { type: "string" },
    json: { type: "boolean" },
    "base-url": { type: "string" },
  });
  if (values.help) {
    output.out(LIST_HELP);
    return EXIT.ok;
  }
  const [name, workflow, ...extra] = positionals;
  const provider = parseProvider("list", name);
  onTarget({ provider, ids: [] });
  if (extra.length > 0) throw new UsageError(`unexpected argument ${quote(extra[0]!)}`, "list");
  const limit =
    values.limit === undefined ? DEFAULT_LIMIT : parseInteger("--limit", values.limit, "list", 1, 1_000_000);
  const pageSize =
    values["page-size"] === undefined
      ? undefined
      : parseInteger("--page-size", values["page-size"], "list", 1, 1_000);
  const lifecycle = await connectLifecycle(provider, {
    env: io.env,
    secrets: output.secrets,
    baseUrl: values["base-url"],
  });
  if (!lifecycle.list) throw new UsageError(lifecycle.lacks.list ?? "this provider cannot list runs", "list");
  if (lifecycle.listNeedsWorkflow && workflow === undefined) {
    throw new UsageError(`missing <workflow>: wfrun list ${provider} <workflow>`, "list");
  }
  const runs: WorkflowRun[] = [];
  const query = { workflow, statuses: values.status ?? [], limit, pageSize };
  for await (const run of lifecycle.list(query, { signal: io.signal })) runs.push(run);
  output.out(values.json ? `${JSON.stringify(runs, null, 2)}\n` : formatTable(runs));
  return EXIT.ok;
}

/** Aligned columns; vendor text is made printable so it cannot forge lines or repaint a terminal. */
function formatTable(runs: readonly WorkflowRun[]): string {
  const rows = [
    ["ID", "STATUS", "CREATED", "WORKFLOW"],
    ...runs.map((run) => [
      run.id,
      `${run.status} (${run.providerStatus || "no status"})`,
      run.createdAt ?? "-",
      run.workflowId ?? "-",
    ]),
  ].map((row) => row.map(printable));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd(),
  );
  return `${lines.join("\n")}\n${runs.length === 0 ? "(no runs)\n" : ""}`;
}
