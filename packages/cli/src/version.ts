import { readFile } from "node:fs/promises";
import { isObject } from "@wfrun/core/provider";

/** The installed package's version, read at run time (from `dist/` or `src/`, package.json is one level up). */
export async function readVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  const version = isObject(manifest) ? manifest.version : undefined;
  return typeof version === "string" && version !== "" ? version : "unknown";
}
