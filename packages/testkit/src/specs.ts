import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { responseExamples, type SpecExample } from "./spec-examples.js";

const SPECS = new URL("../../../specs/", import.meta.url);

export type { SpecExample };

/** Every named response example of `specs/<vendor>.yaml`: the fixtures are the spec's own examples. */
export function specExamples(vendor: string): SpecExample[] {
  return responseExamples(parse(readFileSync(fileURLToPath(new URL(`${vendor}.yaml`, SPECS)), "utf8")));
}

/** One example by status and name; throws when the spec lacks it, so a renamed example fails loudly. */
export function specExample(vendor: string, status: string, name: string): unknown {
  const match = specExamples(vendor).find((e) => e.status === status && e.name === name);
  if (!match) throw new Error(`specs/${vendor}.yaml has no ${status} example named ${name}`);
  return structuredClone(match.value);
}
