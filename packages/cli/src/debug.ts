import type { Logger } from "@wfrun/core";
import type { CliIo } from "./io.js";
import { printable } from "./format.js";

/** `--verbose`, or `WFRUN_DEBUG` set to anything but empty, `0` or `false`. */
export function verboseWanted(flag: boolean | undefined, env: CliIo["env"]): boolean {
  const variable = (env.WFRUN_DEBUG ?? "").trim().toLowerCase();
  return flag === true || !["", "0", "false"].includes(variable);
}

/**
 * Core's debug lines (one per attempt and per retry, already redacted by the transport) as `wfrun: debug:`
 * lines; the CLI's output redacts them once more on the way out.
 */
export function debugLogger(write: (text: string) => void): Logger {
  return {
    debug(message, fields) {
      const details = Object.keys(fields).length === 0 ? "" : ` ${JSON.stringify(fields)}`;
      write(`wfrun: debug: ${printable(message + details)}\n`);
    },
  };
}
