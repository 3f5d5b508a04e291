import { parseArgs, type ParseArgsConfig } from "node:util";
// setTimeout's ceiling (about 24.8 days): a longer wait would fire at once.
import { MAX_TIMER_MS } from "@wfrun/core/provider";
import { UsageError } from "./exit.js";
import type { RunFormat } from "./format.js";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

type CommandParseConfig<Options extends OptionsConfig> = {
  args: string[];
  options: typeof HELP_OPTION & Options;
  allowPositionals: true;
  strict: true;
};

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const satisfies OptionsConfig;

/** The options `get` and `watch` share. */
export const RUN_OPTIONS = {
  json: { type: "boolean" },
  raw: { type: "boolean" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  verbose: { type: "boolean" },
  color: { type: "string" },
} as const satisfies OptionsConfig;

/** `--json` or `--raw` (not both), else the summary. */
export function runFormat(values: { json?: boolean; raw?: boolean }, command: string): RunFormat {
  if (values.json && values.raw) {
    throw new UsageError("--json prints wfrun's run, --raw the vendor's payload: pick one", command);
  }
  return values.json ? "json" : values.raw ? "raw" : "summary";
}

/**
 * `node:util` parseArgs in strict mode, its errors turned into usage errors (exit 2) that name the command.
 * `--` ends the options, so an id that starts with a dash can still be passed.
 */
export function parseCommandArgs<const Options extends OptionsConfig>(
  command: string,
  argv: readonly string[],
  options: Options,
): ReturnType<typeof parseArgs<CommandParseConfig<Options>>> {
  const optionsEnd = argv.indexOf("--");
  const flags = optionsEnd === -1 ? argv : argv.slice(0, optionsEnd);
  if (flags.some((arg) => arg === "--timeout-ms" || arg.startsWith("--timeout-ms="))) {
    throw new UsageError(
      "--timeout-ms is gone: use --timeout with a unit (60s, 10m), for the whole call",
      command,
    );
  }
  try {
    return parseArgs({
      args: [...argv],
      options: { ...HELP_OPTION, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(firstLine(error.message), command);
    }
    throw error;
  }
}

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

/**
 * `600000ms`, `600s`, `10m`, `1.5h` → milliseconds. A bare number is refused: `--timeout 600` could mean
 * seconds or milliseconds, and guessing wrong ends a CI job early or lets it hang.
 */
export function parseDuration(flag: string, value: string, command: string): number {
  const match = DURATION.exec(value.trim());
  if (!match) {
    throw new UsageError(
      `${flag} takes a duration with a unit, such as 600000ms, 600s, 10m or 1h (got ${quote(value)})`,
      command,
    );
  }
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]);
  if (ms <= 0) throw new UsageError(`${flag} must be more than 0`, command);
  if (ms > MAX_TIMER_MS) throw new UsageError(`${flag} must be at most 596h`, command);
  return ms;
}

/** A whole number in [min, max], written in plain decimal digits. */
export function parseInteger(flag: string, value: string, command: string, min: number, max: number): number {
  const trimmed = value.trim();
  const number = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max} (got ${quote(value)})`, command);
  }
  return number;
}

/** A user-typed value for a message: control characters escaped, length capped. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown);
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
