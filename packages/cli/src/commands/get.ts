import { parseCommandArgs, parseInteger } from "../args.js";
import { EXIT } from "../exit.js";
import { formatRunJson, formatRunSummary } from "../format.js";
import { GET_HELP } from "../help.js";
import { connect, parseTarget } from "../providers.js";
import type { CommandContext } from "./context.js";

/** The longest per-attempt timeout accepted: setTimeout's ceiling. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export async function getCommand(argv: readonly string[], { io, output, onTarget }: CommandContext) {
  const { values, positionals } = parseCommandArgs("get", argv, {
    json: { type: "boolean" },
    "base-url": { type: "string" },
    "timeout-ms": { type: "string" },
  });
  if (values.help) {
    output.out(GET_HELP);
    return EXIT.ok;
  }
  const target = parseTarget("get", positionals);
  onTarget(target);
  const timeoutMs =
    values["timeout-ms"] === undefined
      ? undefined
      : parseInteger("--timeout-ms", values["timeout-ms"], "get", 1, MAX_TIMEOUT_MS);
  const fetchRun = await connect(target, {
    env: io.env,
    secrets: output.secrets,
    baseUrl: values["base-url"],
    timeoutMs,
  });
  const run = await fetchRun({ signal: io.signal });
  output.out(values.json ? formatRunJson(run) : formatRunSummary(run));
  return EXIT.ok;
}
