import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const SPECS = new URL("../../../specs/", import.meta.url);

export interface SpecExample {
  path: string;
  method: string;
  status: string;
  name: string;
  value: unknown;
}

type Json = Record<string, unknown>;

/** Every named response example of `specs/<vendor>.yaml`: the fixtures are the spec's own examples. */
export function specExamples(vendor: string): SpecExample[] {
  const spec = parse(readFileSync(fileURLToPath(new URL(`${vendor}.yaml`, SPECS)), "utf8")) as Json;
  const resolve = (node: unknown): Json => {
    const ref = (node as Json)?.$ref;
    if (typeof ref !== "string") return node as Json;
    return resolve(
      ref
        .slice(2)
        .split("/")
        .reduce<unknown>((at, key) => (at as Json)[key], spec),
    );
  };
  const found: SpecExample[] = [];
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      const responses = (operation as Json).responses as Json | undefined;
      for (const [status, response] of Object.entries(responses ?? {})) {
        const content = (resolve(response).content ?? {}) as Json;
        for (const media of Object.values(content)) {
          for (const [name, example] of Object.entries(((media as Json).examples ?? {}) as Json)) {
            found.push({ path, method, status, name, value: resolve(example).value });
          }
        }
      }
    }
  }
  return found;
}

/** One example by status and name; throws when the spec lacks it, so a renamed example fails loudly. */
export function specExample(vendor: string, status: string, name: string): unknown {
  const match = specExamples(vendor).find((e) => e.status === status && e.name === name);
  if (!match) throw new Error(`specs/${vendor}.yaml has no ${status} example named ${name}`);
  return structuredClone(match.value);
}
