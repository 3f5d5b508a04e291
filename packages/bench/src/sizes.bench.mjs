// `pnpm bench`: bundle sizes and start-up cost. Start-up is the fastest of 15 runs of `node` on a script that
// imports a client and creates it, against the same script without the import (the minimum resists load).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { measureSizes } from "./sizes.mjs";

const rows = await measureSizes();
console.log(
  "\n| entry | platform | minified | gzip | lazy `raw` chunk (gzip) |\n| --- | --- | --- | --- | --- |",
);
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.platform} | ${row.minified} B | ${row.gzip} B | ${row.lazyGzip ? `${row.lazyGzip} B` : "–"} |`,
  );
}

const script = (body) => {
  const file = fileURLToPath(
    new URL(`./.startup-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`, import.meta.url),
  );
  writeFileSync(file, `${body}\nconsole.log(performance.now());\n`);
  return file;
};
const bare = script("");
const client = script(
  'import { createStripeClient } from "@wfrun/stripe";\ncreateStripeClient({ apiKey: "sk_test_x" });',
);
const fastest = (file) =>
  Math.min(
    ...Array.from({ length: 15 }, () => Number(execFileSync(process.execPath, [file], { encoding: "utf8" }))),
  );
try {
  const [b, c] = [fastest(bare), fastest(client)];
  console.log(
    `\nStart-up: bare node ${b.toFixed(1)} ms, import + createStripeClient ${c.toFixed(1)} ms (${(c / b).toFixed(2)}×)`,
  );
} finally {
  rmSync(bare);
  rmSync(client);
}
