// What a user's bundle carries: esbuild, minified, every dependency in, for a browser (the fetch path) and
// for Node, gzip-measured. openapi-fetch sits in its own chunk, loaded only when `raw` is used.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

/** Entry programs: each imports what a user of one package would, and uses it. */
export const ENTRIES = {
  "@wfrun/stripe getWorkflowRun": `import { createStripeClient } from "@wfrun/stripe";
    console.log(await createStripeClient({ apiKey: "sk_test_x" }).getWorkflowRun("wfrun_1"));`,
  "@wfrun/dify getWorkflowRun": `import { createDifyClient } from "@wfrun/dify";
    console.log(await createDifyClient({ apiKey: "app-x" }).getWorkflowRun("r1"));`,
  "@wfrun/zuora getWorkflowRun": `import { createZuoraClient } from "@wfrun/zuora";
    console.log(await createZuoraClient({ environment: "us-production", clientId: "i", clientSecret: "s" }).getWorkflowRun("1"));`,
  "@wfrun/copyai getWorkflowRun": `import { createCopyAiClient } from "@wfrun/copyai";
    console.log(await createCopyAiClient({ apiKey: "k" }).getWorkflowRun("w", "r"));`,
  "@wfrun/normalize/stripe": `import { fromStripe } from "@wfrun/normalize/stripe"; console.log(fromStripe({}));`,
  "@wfrun/normalize/dify": `import { fromDify } from "@wfrun/normalize/dify"; console.log(fromDify({}));`,
  "@wfrun/normalize/zuora": `import { fromZuora } from "@wfrun/normalize/zuora"; console.log(fromZuora({}));`,
  "@wfrun/normalize/copyai": `import { fromCopyAi } from "@wfrun/normalize/copyai"; console.log(fromCopyAi({}));`,
};

/** Bytes of the entry chunk (minified and gzip) for each entry and platform; lazy chunks are listed apart. */
export async function measureSizes(platforms = ["browser", "node"]) {
  const dir = mkdtempSync(join(tmpdir(), "wfrun-size-"));
  const rows = [];
  try {
    for (const [name, code] of Object.entries(ENTRIES)) {
      for (const platform of platforms) {
        const entry = join(here, `.size-entry-${process.pid}.mjs`);
        writeFileSync(entry, code);
        const outdir = join(dir, `${rows.length}`);
        try {
          await build({
            entryPoints: [entry],
            bundle: true,
            minify: true,
            format: "esm",
            splitting: true,
            platform,
            outdir,
            logLevel: "error",
          });
        } finally {
          rmSync(entry, { force: true });
        }
        const files = readdirSync(outdir).map((file) => readFileSync(join(outdir, file)));
        const main = readFileSync(
          join(
            outdir,
            readdirSync(outdir).find((f) => f.startsWith(".size-entry")),
          ),
        );
        const lazy = files.filter((file) => file !== main && !file.equals(main));
        rows.push({
          name,
          platform,
          minified: main.length,
          gzip: gzipSync(main).length,
          lazyGzip: lazy.reduce((sum, file) => sum + gzipSync(file).length, 0),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
