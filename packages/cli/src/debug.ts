import type { Logger } from "@wfrun/core";
import type { CliIo } from "./io.js";
import { printable } from "./format.js";

/** `--verbose`, or `WFRUN_DEBUG` set to anything but empty, `0` or `false`. */
export function verboseWanted(flag: boolean | undefined, env: CliIo["env"]): boolean {
  const variable = (env.WFRUN_DEBUG ?? "").trim().toLowerCase();
  return flag === true || !["", "0", "false"].includes(variable);
}

const IN_MESSAGE: ReadonlySet<string> = new Set(["provider", "method", "url", "status", "attempt"]);

/**
 * Core's debug lines (one per attempt and per retry, already redacted by the transport) as `wfrun: debug:`
 * lines; the CLI's output redacts them once more on the way out.
 */
export function debugLogger(write: (text: string) => void): Logger {
  return {
    debug(message, fields) {
      // Core's messages already name the provider, method, URL, status and attempt: only the rest is added.
      const extra = Object.entries(fields)
        .filter(([name]) => !IN_MESSAGE.has(name))
        .map(([name, value]) => ` ${name}=${typeof value === "string" ? value : JSON.stringify(value)}`);
      write(`wfrun: debug: ${printable(message + extra.join(""))}\n`);
    },
  };
}
