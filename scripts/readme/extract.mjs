// Every ```ts block of the READMEs, for scripts/readme-examples.test.ts. A block opened with
// ```ts readme-fragment is exempt: a fragment of a larger program (a signature, one option) that cannot
// compile alone; the reason goes in a comment inside the block. Keep them rare.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

export const FRAGMENT = "readme-fragment";

function readmes(root) {
  const packages = readdirSync(join(root, "packages"))
    .map((name) => join(root, "packages", name, "README.md"))
    .filter((file) => existsSync(file));
  return [join(root, "README.md"), ...packages];
}

export function tsBlocks(root) {
  const blocks = [];
  for (const file of readmes(root)) {
    const lines = readFileSync(file, "utf8").split("\n");
    let open = null;
    lines.forEach((line, index) => {
      if (open === null) {
        const fence = /^```(ts|typescript)\b(.*)$/.exec(line);
        if (fence) open = { info: fence[2].trim(), start: index + 1, code: [] };
      } else if (line.startsWith("```")) {
        const name = `${relative(root, file).replace(/[/.]/g, "_")}_line${open.start}`;
        blocks.push({
          file: relative(root, file),
          line: open.start,
          name,
          ...open,
          code: open.code.join("\n"),
        });
        open = null;
      } else {
        open.code.push(line);
      }
    });
  }
  return blocks;
}
