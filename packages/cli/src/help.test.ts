import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET_HELP, MAIN_HELP, MOCK_HELP, WATCH_HELP } from "./help.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The flags of a help text's `Options:` block: `--json`, `-q`, `--base-url` … */
function helpFlags(help: string): string[] {
  const block = help.split("\nOptions:\n")[1]?.split("\n\n")[0] ?? "";
  return block
    .split("\n")
    .flatMap((line) => /^ {2}((?:-\w, )?--[\w-]+)/.exec(line)?.[1]?.split(", ") ?? [])
    .sort();
}

/** The flags in the first column of the option table under the README's `### \`wfrun <command> …` heading. */
function readmeFlags(command: string): string[] {
  const section = README.split(`### \`wfrun ${command} `)[1]?.split("\n### ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `-"))
    .flatMap((line) => (line.split("|")[1] ?? "").match(/-{1,2}[\w-]+/g) ?? [])
    .sort();
}

describe("the README and the help texts", () => {
  it.each([
    ["get", GET_HELP],
    ["watch", WATCH_HELP],
    ["mock", MOCK_HELP],
  ])("list the same options for wfrun %s", (command, help) => {
    const fromHelp = helpFlags(help);
    expect(fromHelp.length).toBeGreaterThan(2);
    expect(readmeFlags(command)).toEqual(fromHelp);
  });

  it("show every command of the main help, with the same usage", () => {
    const usages = [...MAIN_HELP.matchAll(/^ {2}wfrun (get|watch|mock) (<[^[]+)?/gm)];
    expect(usages.map((match) => match[1])).toEqual(["get", "watch", "mock"]);
    for (const [, command, args = ""] of usages) {
      expect(README).toContain(`### \`wfrun ${command} ${args.trim()}`.trimEnd());
    }
    expect(MAIN_HELP).toContain("wfrun help <command>");
    expect(README).toContain("`wfrun help <command>`");
  });
});
