#!/usr/bin/env node
// Proves the runtime packages load wherever fetch runs: every export of each package, resolved with the
// conditions a browser, a worker or an edge runtime uses (never `node`), is bundled by esbuild for the `neutral`
// platform, dependencies included, and the bundle must have no `node:` (or bare builtin) import, no free Node
// global (process, Buffer, require …; a `typeof` probe, and a use it guards, are allowed) and no regex lookbehind
// (Safari before 16.4 cannot parse one, and the whole module fails). Run after `build`: it bundles dist.
import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["core", "stripe", "dify", "zuora", "copyai", "normalize"];
const NODE_GLOBALS = [
  "process",
  "Buffer",
  "require",
  "module",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
];
/** What each kind of runtime resolves; esbuild adds `default` and `import` itself. */
const CONDITION_SETS = {
  default: [],
  browser: ["browser"],
  workerd: ["workerd", "worker", "browser"],
  "edge-light": ["edge-light", "worker", "browser"],
};
const MARK = "__wfrun_node_global_";
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Bundles `source` (resolved from `dir`) and lists what would tie it to Node. */
async function findNodeOnly(source, dir, conditions) {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: "js" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["browser", "module", "main"],
    conditions,
    // Kept out of the bundle, so they show up in the metafile instead of failing the build.
    external: ["node:*", ...builtinModules],
    // `define` replaces free identifiers only: `globalThis.process` and local bindings stay as they are.
    define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, MARK + name])),
    logLevel: "silent",
  });
  const found = [];
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) {
      if (BUILTINS.has(imported.path)) found.push(`imports ${imported.path}`);
    }
  }
  const code = result.outputFiles[0].text;
  for (const line of code.split("\n")) {
    for (const match of line.matchAll(new RegExp(`(typeof\\s+)?${MARK}(\\w+)`, "g"))) {
      // A use after a `typeof` probe of the same global on the same line is guarded (openapi-fetch's
      // `typeof process === "object" && process.versions…`); an unguarded one throws outside Node.
      const guarded = line.slice(0, match.index).includes(`typeof ${MARK}${match[2]}`);
      if (!match[1] && !guarded) found.push(`uses the Node global \`${match[2]}\``);
    }
  }
  if (/\(\?<[=!]/.test(code)) found.push("has a regex lookbehind (Safari < 16.4 cannot parse it)");
  return { found: [...new Set(found)], bytes: code.length };
}

// The detector must see what it is meant to see, or a green run proves nothing.
const probe = await findNodeOnly(
  [
    'import "node:fs"; import "path";',
    'export const a = Buffer.from("x"), b = typeof process === "object" && process.version;',
    "export const c = () => require.resolve(b), d = /(?<!x)y/;",
  ].join("\n"),
  root,
  [],
);
const expected = [
  "imports node:fs",
  "imports path",
  "uses the Node global `Buffer`",
  "uses the Node global `require`",
  "has a regex lookbehind (Safari < 16.4 cannot parse it)",
];
if (JSON.stringify(probe.found) !== JSON.stringify(expected)) {
  console.error(`check-portable: the detector itself is broken; it found ${JSON.stringify(probe.found)}`);
  process.exit(1);
}

const problems = [];
let bundles = 0;
for (const name of PACKAGES) {
  const dir = join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entries = Object.keys(manifest.exports).filter((key) => !key.endsWith(".json"));
  for (const entry of entries) {
    const specifier = manifest.name + entry.slice(1);
    const sizes = [];
    for (const [runtime, conditions] of Object.entries(CONDITION_SETS)) {
      try {
        const { found, bytes } = await findNodeOnly(`export * from "${specifier}";`, dir, conditions);
        bundles++;
        sizes.push(`${runtime} ${(bytes / 1024).toFixed(1)} kB`);
        for (const what of found) problems.push(`${specifier} (${runtime} conditions) ${what}`);
      } catch (error) {
        problems.push(`${specifier} (${runtime} conditions) does not bundle: ${error.message}`);
      }
    }
    console.log(`${specifier}: ${sizes.join(", ")}`);
  }
}

if (problems.length > 0) {
  console.error(`\ncheck-portable: ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`check-portable: ${bundles} bundles, no node: import, no Node global, no regex lookbehind`);
