import { readFile } from "node:fs/promises";

/** The installed package's version, read at run time (from `dist/` or `src/`, package.json is one level up). */
export async function readVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  const version =
    typeof manifest === "object" && manifest !== null && "version" in manifest ? manifest.version : "";
  return typeof version === "string" && version !== "" ? version : "unknown";
}
