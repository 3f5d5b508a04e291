import { specExamples } from "@wfrun/testkit";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SPEC_EXAMPLES } from "./generated/examples.js";

const VENDORS = ["stripe", "dify", "zuora", "copyai"] as const;

describe("generated examples", () => {
  it.each(VENDORS)("hold every named response example of specs/%s.yaml, unchanged", (vendor) => {
    const fromSpec = specExamples(vendor).map((e) => [
      `${e.method.toUpperCase()} ${e.path}`,
      e.status,
      e.name,
      e.value,
    ]);
    const generated = Object.entries(SPEC_EXAMPLES[vendor]).flatMap(([operation, byStatus]) =>
      Object.entries(byStatus).flatMap(([status, byName]) =>
        Object.entries(byName as Record<string, unknown>).map(([name, value]) => [
          operation,
          status,
          name,
          value,
        ]),
      ),
    );
    expect(fromSpec.length).toBeGreaterThan(0);
    expect(generated).toEqual(fromSpec);
  });

  it("are what the generator writes from the specs today (generate:check)", () => {
    const script = fileURLToPath(new URL("../../../scripts/generate-examples.mjs", import.meta.url));
    const run = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("matches specs/*.yaml");
  });
});
