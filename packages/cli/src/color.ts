import type { RunStatus } from "@wfrun/core";
import { quote } from "./args.js";
import { UsageError } from "./exit.js";
import type { CliIo, CliStream } from "./io.js";

const COLOR_MODES = ["auto", "on", "off"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export function parseColorMode(value: string | undefined, command: string): ColorMode {
  if (value === undefined) return "auto";
  const mode = COLOR_MODES.find((known) => known === value.trim().toLowerCase());
  if (mode === undefined)
    throw new UsageError(`--color takes auto, on or off (got ${quote(value)})`, command);
  return mode;
}

/**
 * Whether to colour what goes to `stream`: `--color on|off` decides; `auto` follows NO_COLOR (no-color.org),
 * then FORCE_COLOR (`0` or `false` turn it off), then whether the stream is a terminal that is not `dumb`.
 */
export function colorEnabled(mode: ColorMode, stream: CliStream, env: CliIo["env"]): boolean {
  if (mode !== "auto") return mode === "on";
  if ((env.NO_COLOR ?? "") !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.trim().toLowerCase());
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Colours for a status word and for secondary text; both are the identity when colour is off. */
export interface Paint {
  status(status: RunStatus, text: string): string;
  dim(text: string): string;
}

const SGR: Partial<Record<RunStatus, number>> = {
  succeeded: 32, // green
  failed: 31, // red
  partially_succeeded: 33, // yellow
  canceled: 33,
  running: 36, // cyan
  queued: 36,
  waiting: 36,
};

export function paint(enabled: boolean): Paint {
  if (!enabled) return { status: (_status, text) => text, dim: (text) => text };
  return {
    status: (status, text) => {
      const code = SGR[status];
      return code === undefined ? text : `\u001b[${code}m${text}\u001b[39m`;
    },
    dim: (text) => `\u001b[2m${text}\u001b[22m`,
  };
}
