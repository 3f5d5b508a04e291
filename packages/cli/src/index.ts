import { getCommand } from "./commands/get.js";
import { LIST_HELP, listCommand } from "./commands/list.js";
import { START_HELP, startCommand } from "./commands/start.js";
import { STOP_HELP, stopCommand } from "./commands/stop.js";
import { mockCommand } from "./commands/mock.js";
import { watchCommand } from "./commands/watch.js";
import type { CommandContext } from "./commands/context.js";
import { EXIT, UsageError } from "./exit.js";
import { describeFailure } from "./failure.js";
import { GET_HELP, MAIN_HELP, MOCK_HELP, WATCH_HELP } from "./help.js";
import { createOutput, SecretList, type CliIo } from "./io.js";
import type { ProviderName } from "./providers.js";
import { readVersion } from "./version.js";

export type { CliIo } from "./io.js";
export { EXIT } from "./exit.js";
export { PROVIDERS, type ProviderName } from "./providers.js";

const COMMANDS = {
  get: getCommand,
  watch: watchCommand,
  mock: mockCommand,
  start: startCommand,
  list: listCommand,
  stop: stopCommand,
} satisfies Record<string, (argv: readonly string[], context: CommandContext) => Promise<number>>;

const COMMAND_HELP: Readonly<Partial<Record<string, string>>> = {
  get: GET_HELP,
  watch: WATCH_HELP,
  mock: MOCK_HELP,
  start: START_HELP,
  list: LIST_HELP,
  stop: STOP_HELP,
};

/**
 * Runs one `wfrun` invocation and resolves with its exit code; it never throws and never touches
 * `process`: everything it reads and writes goes through `io`, so it runs the same in tests and in the bin.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const output = createOutput(io, SecretList.fromEnv(io.env));
  let provider: ProviderName | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      output.err(MAIN_HELP);
      return EXIT.usage;
    }
    if (first === "--help" || first === "-h") {
      output.out(MAIN_HELP);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      output.out(`${await readVersion()}\n`);
      return EXIT.ok;
    }
    if (first === "help") {
      const topic = rest[0];
      const text = topic === undefined ? MAIN_HELP : COMMAND_HELP[topic];
      if (text === undefined) throw new UsageError(`no help for ${JSON.stringify(topic)}: unknown command`);
      output.out(text);
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, first)) {
      throw new UsageError(
        first.startsWith("-")
          ? `unknown option ${JSON.stringify(first)}`
          : `unknown command ${JSON.stringify(first)}`,
      );
    }
    const command = COMMANDS[first as keyof typeof COMMANDS];
    return await command(rest, { io, output, onTarget: (target) => (provider = target.provider) });
  } catch (error) {
    const failure = describeFailure(error, provider);
    output.err(failure.message);
    return failure.exitCode;
  }
}
