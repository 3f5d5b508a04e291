import { build, type Format, type Platform } from "esbuild";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = dirname(here);

/** The export conditions each runtime resolves packages with (what its own loader or its bundler uses). */
const CONDITIONS = {
  node: ["node"],
  bun: ["bun", "node"],
  deno: ["deno", "node"],
  edge: ["edge-light", "worker", "browser"],
  workerd: ["workerd", "worker", "browser"],
  browser: ["browser"],
} as const;
export type Runtime = keyof typeof CONDITIONS;

export interface BundleOptions {
  runtime: Runtime;
  /** The entry's source, resolved from this folder (so `./scenario.js` is the scenario). */
  entry: string;
  format?: Format;
  globalName?: string;
}

/** Bundles an entry and the packages it imports the way `runtime` would resolve them. */
export async function bundle({ runtime, entry, format = "esm", globalName }: BundleOptions): Promise<string> {
  const serverSide = runtime === "node" || runtime === "bun" || runtime === "deno";
  const platform: Platform = serverSide ? "node" : runtime === "browser" ? "browser" : "neutral";
  const result = await build({
    stdin: { contents: entry, resolveDir: here, loader: "ts", sourcefile: `${runtime}-entry.ts` },
    bundle: true,
    write: false,
    format,
    ...(globalName ? { globalName } : {}),
    platform,
    target: "es2022",
    conditions: [...CONDITIONS[runtime]],
    mainFields: serverSide ? ["module", "main"] : ["browser", "module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** A temporary folder, removed by the returned function. */
async function scratch(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "wfrun-runtimes-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The entry of a command-line runtime: runs the scenario and prints its outcomes as one JSON line. */
function scriptEntry(baseUrls: Record<string, string>, echoUrl: string): string {
  return [
    'import { runScenario } from "./scenario.js";',
    `const outcomes = await runScenario(${JSON.stringify(baseUrls)}, ${JSON.stringify(echoUrl)});`,
    'console.log("WFRUN_OUTCOMES " + JSON.stringify(outcomes));',
  ].join("\n");
}

/** Writes `code` to a file in `dir`, runs `command args… file`, and returns the outcomes it printed. */
async function runScript(
  dir: string,
  code: string,
  command: string,
  args: readonly string[],
): Promise<unknown> {
  const file = join(dir, "main.mjs");
  await writeFile(file, code);
  const stdout = await new Promise<string>((resolve, reject) => {
    // Deno would otherwise look for a newer version of itself over the network.
    const env = { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
    execFile(command, [...args, file], { timeout: 120_000, cwd: dir, env }, (error, out, err) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${err}`));
      else resolve(out);
    });
  });
  const line = stdout.split("\n").find((l) => l.startsWith("WFRUN_OUTCOMES "));
  if (!line) throw new Error(`${command} printed no outcomes:\n${stdout}`);
  return JSON.parse(line.slice("WFRUN_OUTCOMES ".length));
}

/** Runs the scenario in a command-line runtime: bundled for it, written to a scratch folder, run, removed. */
export function commandLine(runtime: Runtime, command: string, args: readonly string[]) {
  return async (baseUrls: Record<string, string>, echoUrl: string): Promise<unknown> => {
    const { dir, remove } = await scratch();
    try {
      const code = await bundle({ runtime, entry: scriptEntry(baseUrls, echoUrl) });
      return await runScript(dir, code, command, args);
    } finally {
      await remove();
    }
  };
}
