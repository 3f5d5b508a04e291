#!/usr/bin/env node
// Generates packages/mock/src/generated/examples.ts: every named response example of specs/*.yaml, by vendor,
// operation, HTTP status and example name. @wfrun/mock ships without the specs, so it builds its payloads from
// this file; regenerating keeps the mock's bodies equal to the specs' own examples.
// `--check` writes nothing and exits 1 when the committed file differs from what the specs generate.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const specsDir = resolve(root, "specs");
const output = resolve(root, "packages/mock/src/generated/examples.ts");
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Follows local `$ref`s (`#/components/...`), as the specs use them for shared responses and examples. */
function resolver(spec) {
  const follow = (node, seen = new Set()) => {
    const ref = node?.$ref;
    if (typeof ref !== "string") return node;
    if (!ref.startsWith("#/") || seen.has(ref)) throw new Error(`unsupported or circular $ref ${ref}`);
    seen.add(ref);
    const target = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((at, key) => at?.[key], spec);
    if (target === undefined) throw new Error(`$ref ${ref} points nowhere`);
    return follow(target, seen);
  };
  return follow;
}

function examplesOf(spec) {
  const follow = resolver(spec);
  const byOperation = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(follow(item))) {
      if (!METHODS.has(method)) continue;
      const byStatus = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const named = {};
        for (const media of Object.values(follow(response).content ?? {})) {
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            named[name] = follow(example).value;
          }
        }
        if (Object.keys(named).length > 0) byStatus[status] = named;
      }
      if (Object.keys(byStatus).length > 0) byOperation[`${method.toUpperCase()} ${path}`] = byStatus;
    }
  }
  return byOperation;
}

const specFiles = (await readdir(specsDir)).filter((name) => name.endsWith(".yaml")).sort();
const all = {};
for (const file of specFiles) {
  all[file.slice(0, -".yaml".length)] = examplesOf(parse(await readFile(resolve(specsDir, file), "utf8")));
}

const text =
  `/**\n * Generated from specs/*.yaml by \`pnpm generate\` (scripts/generate-examples.mjs).\n` +
  ` * Do not edit by hand: edit the specs and regenerate. CI fails when this file drifts from the specs.\n */\n\n` +
  `/** The specs' named response examples: vendor → "METHOD /path" → HTTP status → example name → value. */\n` +
  `export const SPEC_EXAMPLES = ${JSON.stringify(all, null, 2)} as const;\n`;

const outPath = relative(root, output);
const current = await readFile(output, "utf8").catch(() => null);
if (check) {
  if (current !== text) {
    console.error(`generate:check: ${outPath} is not what specs/*.yaml generate; run \`pnpm generate\`.`);
    process.exit(1);
  }
  console.log(`generate:check: ${outPath} matches specs/*.yaml`);
} else if (current !== text) {
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, text);
  console.log(`generate: wrote ${outPath}`);
} else {
  console.log(`generate: ${outPath} unchanged`);
}
