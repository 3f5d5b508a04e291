import { parseCommandArgs, parseDuration, RUN_OPTIONS, runFormat } from "../args.js";
import { colorEnabled, paint, parseColorMode } from "../color.js";
import { debugLogger, verboseWanted } from "../debug.js";
import { EXIT } from "../exit.js";
import { describeFailure } from "../failure.js";
import { formatRuns } from "../format.js";
import { GET_HELP } from "../help.js";
import { connect, parseTargets, type RunTarget } from "../providers.js";
import type { CommandContext } from "./context.js";

/** How many runs `get` fetches at once: enough to be quick, few enough not to trip a vendor's rate limit. */
const CONCURRENCY = 4;

export async function getCommand(argv: readonly string[], { io, output, onTarget }: CommandContext) {
  const { values, positionals } = parseCommandArgs("get", argv, RUN_OPTIONS);
  if (values.help) {
    output.out(GET_HELP);
    return EXIT.ok;
  }
  const targets = parseTargets("get", positionals, true);
  onTarget(targets[0]);
  const format = runFormat(values, "get");
  const colors = parseColorMode(values.color, "get");
  const timeoutMs =
    values.timeout === undefined ? undefined : parseDuration("--timeout", values.timeout, "get");
  const verbose = verboseWanted(values.verbose, io.env);
  const fetchRun = await connect(targets[0].provider, {
    env: io.env,
    secrets: output.secrets,
    baseUrl: values["base-url"],
    logger: verbose ? debugLogger(output.err) : undefined,
  });

  // One deadline for the whole call, retries and every run included.
  const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  const results = await mapConcurrently(targets, CONCURRENCY, (target) =>
    fetchRun(target.ids, {
      signal: io.signal,
      deadlineMs: deadline === undefined ? undefined : Math.max(deadline - Date.now(), 1),
    }),
  );

  const several = targets.length > 1;
  const runs = results.flatMap((result) => (result.ok ? [result.value] : []));
  if (runs.length > 0) {
    output.out(formatRuns(runs, format, several, paint(colorEnabled(colors, io.stdout, io.env))));
  }
  let exitCode: number = EXIT.ok;
  results.forEach((result, index) => {
    if (result.ok) return;
    const failure = describeFailure(result.error, targets[index]!.provider);
    // With several runs, each failure names its run; the first failure's code is the exit code.
    output.err(
      several ? failure.message.replace(/^wfrun: /gm, `wfrun: ${label(targets[index]!)}: `) : failure.message,
    );
    if (exitCode === EXIT.ok) exitCode = failure.exitCode;
  });
  return exitCode;
}

function label(target: RunTarget): string {
  return target.ids.at(-1) ?? "";
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** `fn` over `items`, at most `limit` at a time, every result kept in order, failures included. */
async function mapConcurrently<T>(
  items: readonly RunTarget[],
  limit: number,
  fn: (item: RunTarget) => Promise<T>,
): Promise<Settled<T>[]> {
  const results: Settled<T>[] = new Array<Settled<T>>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!).then(
        (value): Settled<T> => ({ ok: true, value }),
        (error: unknown): Settled<T> => ({ ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
