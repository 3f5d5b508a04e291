import { readFile } from "node:fs/promises";
import { parseCommandArgs, quote } from "../args.js";
import { EXIT, UsageError } from "../exit.js";
import { formatRuns, printable } from "../format.js";
import { parseProvider, PROVIDERS } from "../providers.js";
import type { CommandContext } from "./context.js";
import { connectLifecycle, DEFAULT_DIFY_USER, type StartedOnCli } from "./lifecycle.js";
import { watchCommand } from "./watch.js";

export const START_HELP = `Usage: wfrun start <provider> <workflow> [options]

Starts a run of a workflow and prints it (or, where the vendor answers with an id only, its id). With
--watch it then waits like \`wfrun watch\` and exits like it: 0 only if the run succeeded.

Arguments:
  <provider>     ${PROVIDERS.join(", ")} (Stripe, Zuora and Copy.ai take a workflow id; Dify runs the app's
                 published workflow, so <workflow> is optional there: give an id to run that version)

Options:
  --input <key=value>   one input of the run (repeatable); the value is sent as a string
  --input-json <file>   the run's inputs as a JSON object (--input values are added on top)
  --watch               wait for the run to end (--timeout, --min-delay, --max-delay, -q as in watch)
  --json                print the run (or the started run's ids) as JSON on stdout
  --base-url <url>      the API's base URL, instead of the provider's *_BASE_URL variable or default
  --user <id>           Dify: the end user the run belongs to (default ${DEFAULT_DIFY_USER}); stop and the
                        events endpoint need the same one
  -h, --help            this help

Examples:
  wfrun start copyai WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa --input "topic=release notes" --watch
  wfrun start zuora 1234 --input-json params.json --json
  wfrun start dify --input "query=Translate this" --user ci-job-42 --watch
`;

const WATCH_FLAGS = ["timeout", "min-delay", "max-delay"] as const;

export async function startCommand(argv: readonly string[], context: CommandContext) {
  const { io, output, onTarget } = context;
  const { values, positionals } = parseCommandArgs("start", argv, {
    input: { type: "string", multiple: true },
    "input-json": { type: "string" },
    watch: { type: "boolean" },
    json: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    "base-url": { type: "string" },
    user: { type: "string" },
    timeout: { type: "string" },
    "min-delay": { type: "string" },
    "max-delay": { type: "string" },
  });
  if (values.help) {
    output.out(START_HELP);
    return EXIT.ok;
  }
  const [name, workflow, ...extra] = positionals;
  const provider = parseProvider("start", name);
  onTarget({ provider, ids: [] });
  if (extra.length > 0) throw new UsageError(`unexpected argument ${quote(extra[0]!)}`, "start");
  if (!values.watch && WATCH_FLAGS.some((flag) => values[flag] !== undefined)) {
    throw new UsageError("--timeout, --min-delay and --max-delay need --watch", "start");
  }
  const inputs = await readInputs(values.input ?? [], values["input-json"]);
  const lifecycle = await connectLifecycle(provider, {
    env: io.env,
    secrets: output.secrets,
    baseUrl: values["base-url"],
  });
  if (!lifecycle.start)
    throw new UsageError(lifecycle.lacks.start ?? "this provider cannot start runs", "start");
  if (workflow === undefined && provider !== "dify") throw new UsageError("missing <workflow>", "start");
  const started = await lifecycle.start(workflow ?? "", inputs, { signal: io.signal, user: values.user });

  if (!values.watch) {
    output.out(values.json ? startedJson(started) : startedSummary(started));
    return EXIT.ok;
  }
  if (!values.quiet) output.err(printable(`wfrun: started ${provider} run ${started.ids.join(" ")}`) + "\n");
  const passed = WATCH_FLAGS.flatMap((flag) =>
    values[flag] === undefined ? [] : [`--${flag}`, values[flag]],
  );
  const flags = [...passed, ...(values.json ? ["--json"] : []), ...(values.quiet ? ["--quiet"] : [])];
  const base = values["base-url"] === undefined ? [] : ["--base-url", values["base-url"]];
  return watchCommand([...flags, ...base, "--", provider, ...started.ids], context);
}

function startedSummary({ ids, run, notes }: StartedOnCli): string {
  if (run !== null) {
    return (
      formatRuns([run], "summary", false) +
      notes.map(([label, value]) => printable(`${label}: ${value}`) + "\n").join("")
    );
  }
  const rows: [string, string][] = [["id", ids.at(-1) ?? ""], ...notes];
  if (ids.length > 1) rows.unshift(["workflow", ids[0] ?? ""]);
  return rows.map(([label, value]) => printable(`${`${label}:`.padEnd(10)}${value}`) + "\n").join("");
}

function startedJson({ ids, run, notes }: StartedOnCli): string {
  if (run !== null) return formatRuns([run], "json", false);
  return `${JSON.stringify({ id: ids.at(-1), workflowId: ids.length > 1 ? ids[0] : null, ...Object.fromEntries(notes) }, null, 2)}\n`;
}

/** `--input-json` (an object) with `--input key=value` pairs on top. */
async function readInputs(pairs: readonly string[], jsonFile: string | undefined) {
  const inputs: Record<string, unknown> = {};
  if (jsonFile !== undefined) {
    const text = await readFile(jsonFile, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read --input-json ${quote(jsonFile)}: ${error.code ?? error.message}`,
        "start",
      );
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError(`--input-json ${quote(jsonFile)} is not JSON`, "start");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new UsageError(`--input-json ${quote(jsonFile)} must hold a JSON object`, "start");
    }
    Object.assign(inputs, parsed);
  }
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--input takes key=value (got ${quote(pair)})`, "start");
    inputs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return inputs;
}
