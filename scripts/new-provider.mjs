#!/usr/bin/env node
// `pnpm new-provider <name>`: scaffolds a fifth (sixth…) vendor by copying what Stripe has today and renaming
// it, so the scaffold follows every change made to the providers: the spec, the provider package, its
// normalize subpath, its mock routes, and its place in the checks (redocly.yaml, check-providers, turbo).
// The copy passes its contract suite as it is; then make it the vendor's (CONTRIBUTING.md, "A new provider").
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const TEMPLATE = "stripe";
const SKIP = new Set(["node_modules", "dist", ".turbo", "CHANGELOG.md"]);

export function names(name) {
  if (!/^[a-z][a-z0-9]{1,29}$/.test(name ?? "")) {
    throw new Error(
      "the name must be 2 to 30 lowercase letters or digits, starting with a letter (e.g. acme)",
    );
  }
  return { name, Pascal: name[0].toUpperCase() + name.slice(1), UPPER: name.toUpperCase() };
}

const renamer =
  ({ name, Pascal, UPPER }) =>
  (text) =>
    text.replaceAll("Stripe", Pascal).replaceAll("STRIPE", UPPER).replaceAll("stripe", name);

function edit(file, change) {
  const before = readFileSync(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`${file}: the place to register the provider was not found`);
  writeFileSync(file, after);
}

/** After `anchor` (which must be there), the same text renamed: "do for the new vendor what Stripe does". */
const repeatAfter = (anchor, rename) => (text) =>
  text.includes(anchor) ? text.replace(anchor, `${anchor}${rename(anchor)}`) : text;

function copyRenamed(from, to, rename) {
  if (statSync(from).isDirectory()) {
    for (const entry of readdirSync(from)) {
      if (!SKIP.has(entry)) copyRenamed(join(from, entry), join(to, rename(entry)), rename);
    }
    return;
  }
  cpSync(from, to);
  writeFileSync(to, rename(readFileSync(from, "utf8")));
}

export function scaffold(root, rawName) {
  const n = names(rawName);
  const rename = renamer(n);
  const at = (...parts) => join(root, ...parts);
  if (existsSync(at("packages", n.name)) || existsSync(at("specs", `${n.name}.yaml`))) {
    throw new Error(`${n.name} exists already`);
  }

  // The spec and the provider package.
  copyRenamed(at("specs", `${TEMPLATE}.yaml`), at("specs", `${n.name}.yaml`), rename);
  copyRenamed(at("packages", TEMPLATE), at("packages", n.name), rename);
  const manifest = at("packages", n.name, "package.json");
  writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/"version": "[^"]+"/, '"version": "0.0.0"'));
  edit(at("redocly.yaml"), (text) =>
    text.replace(
      /\s*$/,
      `\n  ${n.name}:\n    root: ./specs/${n.name}.yaml\n    x-openapi-ts:\n      output: ./packages/${n.name}/src/generated/schema.ts\n`,
    ),
  );

  // Its normalize subpath: the mapper, its tests, the export, the optional peer, `normalize(name, …)`.
  const normalize = (...parts) => at("packages/normalize", ...parts);
  for (const file of [`${TEMPLATE}.ts`, `${TEMPLATE}.test.ts`]) {
    copyRenamed(normalize("src", file), normalize("src", rename(file)), rename);
  }
  edit(normalize("package.json"), (text) => {
    const manifest = JSON.parse(text);
    manifest.exports = Object.fromEntries(
      Object.entries(manifest.exports).flatMap(([key, value]) =>
        key === `./${TEMPLATE}`
          ? [
              [key, value],
              [`./${n.name}`, JSON.parse(rename(JSON.stringify(value)))],
            ]
          : [[key, value]],
      ),
    );
    manifest.peerDependencies[`@wfrun/${n.name}`] = manifest.peerDependencies[`@wfrun/${TEMPLATE}`];
    manifest.peerDependenciesMeta[`@wfrun/${n.name}`] = { optional: true };
    manifest.devDependencies[`@wfrun/${n.name}`] = "workspace:*";
    return `${JSON.stringify(manifest, null, 2)}\n`;
  });
  edit(normalize("src/index.ts"), (text) =>
    [
      repeatAfter(`import { fromStripe } from "./stripe.js";\n`, rename),
      repeatAfter(`    case "stripe":\n      return fromStripe(payload);\n`, rename),
      (source) => source.replace(/(export const PROVIDERS = \[[^\]]*)\]/, `$1, "${n.name}"]`),
    ].reduce((source, step) => step(source), text),
  );

  // Its mock routes.
  copyRenamed(
    at("packages/mock/src/vendors", `${TEMPLATE}.ts`),
    at("packages/mock/src/vendors", `${n.name}.ts`),
    rename,
  );
  edit(at("packages/mock/src/server.ts"), (text) =>
    repeatAfter(
      `import { stripe } from "./vendors/stripe.js";\n`,
      rename,
    )(text).replace(/(const PROFILES: readonly VendorProfile\[\] = \[[^\]]*)\]/, `$1, ${n.name}]`),
  );
  edit(at("packages/mock/src/types.ts"), (text) =>
    text.replace(/(export type MockProvider = [^;]*);/, `$1 | "${n.name}";`),
  );

  // The checks: the provider shape check and the builds it waits for.
  edit(at("scripts/check-providers.mjs"), (text) =>
    text
      .replace(
        /(const PROVIDERS = \{\n(?:.*\n)*?)\};/,
        `$1  ${n.name}: { factory: "create${n.Pascal}Client", credentials: { apiKey: "${n.name}-shape-key" } },\n};`,
      )
      // The operations only Stripe has, the copy has too.
      .replace(/^( {2})stripe(: \[.*\],)$/m, `$1stripe$2\n$1${n.name}$2`),
  );
  edit(at("turbo.json"), (text) => {
    const turbo = JSON.parse(text);
    turbo.tasks["//#check:providers"].dependsOn.push(`@wfrun/${n.name}#build`);
    return `${JSON.stringify(turbo, null, 2)}\n`;
  });
  writeFileSync(
    at(".changeset", `${n.name}-first-release.md`),
    `---\n"@wfrun/${n.name}": minor\n"@wfrun/normalize": minor\n"@wfrun/mock": minor\n---\n\nFirst release of \`@wfrun/${n.name}\`, with \`@wfrun/normalize/${n.name}\` and the mock's \`${n.name}\` routes.\n`,
  );
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, "..");
  try {
    const { name } = scaffold(root, process.argv[2]);
    const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
    run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile"]);
    run(process.execPath, ["scripts/generate.mjs"]);
    run(process.execPath, ["scripts/generate-examples.mjs"]);
    run("pnpm", [
      "exec",
      "prettier",
      "--write",
      "--log-level=warn",
      "packages",
      "specs",
      "scripts",
      "turbo.json",
      ".changeset",
    ]);
    console.log(
      `\nnew-provider: @wfrun/${name} scaffolded from @wfrun/${TEMPLATE}; it passes Stripe's contract suite as is.`,
    );
    console.log(
      `Next: make specs/${name}.yaml the vendor's, \`pnpm generate\`, then the rules in packages/${name}/src/client.ts,`,
    );
    console.log(
      `its tests, packages/normalize/src/${name}.ts, packages/mock/src/vendors/${name}.ts (CONTRIBUTING.md).`,
    );
  } catch (error) {
    console.error(`new-provider: ${error.message}`);
    process.exitCode = 2;
  }
}
