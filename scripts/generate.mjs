#!/usr/bin/env node
// Generates each package's `src/generated/schema.ts` from its spec, as mapped in redocly.yaml.
// Run from the repo root: every spec. Run from a package folder (turbo does): that package's spec only.
// `--check` writes nothing and exits 1 when a committed file differs from what the spec generates.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const { version } = JSON.parse(
  await readFile(resolve(root, "node_modules/openapi-typescript/package.json"), "utf8"),
);

const config = parse(await readFile(resolve(root, "redocly.yaml"), "utf8"));
const cwd = process.cwd();
const entries = Object.entries(config.apis)
  .map(([name, api]) => ({
    name,
    spec: resolve(root, api.root),
    output: resolve(root, api["x-openapi-ts"].output),
  }))
  .filter((e) => cwd === root || e.output.startsWith(cwd + sep));

if (entries.length === 0) {
  console.error(`generate: no redocly.yaml api writes below ${relative(root, cwd) || "."}`);
  process.exit(1);
}

let drifted = 0;
for (const entry of entries) {
  const specPath = relative(root, entry.spec);
  const ast = await openapiTS(new URL(`file://${entry.spec}`), {
    // Response fields the spec does not list as `required` may be absent, even when they have a default.
    defaultNonNullable: false,
    // Keep the spec's order so a reviewed diff reads like the spec diff.
    alphabetize: false,
    // `format: date-time` stays `string`: vendors send timestamps that are not RFC 3339 (Zuora).
    silent: true,
  });
  const banner =
    `/**\n * Generated from ${specPath} by \`pnpm generate\` (openapi-typescript ${version}).\n` +
    ` * Do not edit by hand: edit the spec and regenerate. CI fails when this file drifts from the spec.\n */\n\n`;
  const text = banner + astToString(ast);
  const current = await readFile(entry.output, "utf8").catch(() => null);
  const outPath = relative(root, entry.output);
  if (check) {
    if (current !== text) {
      drifted++;
      console.error(`generate:check: ${outPath} is not what ${specPath} generates; run \`pnpm generate\`.`);
    } else {
      console.log(`generate:check: ${outPath} matches ${specPath}`);
    }
  } else if (current !== text) {
    await mkdir(dirname(entry.output), { recursive: true });
    await writeFile(entry.output, text);
    console.log(`generate: wrote ${outPath}`);
  } else {
    console.log(`generate: ${outPath} unchanged`);
  }
}
process.exit(drifted ? 1 : 0);
