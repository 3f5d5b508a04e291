import { ConfigError } from "./errors.js";

// What a header value may hold: visible ASCII, spaces and tabs inside, and Latin-1 (fetch and node:http
// refuse anything else, with messages that can quote the value).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Checks a credential option. The message names the option and the env var users keep it in, and never
 * the value, which may be a key pasted into the wrong option.
 */
export function requireSecret(value: unknown, option: string, envVar: string, where: string): string {
  const hint = `(usually kept in the ${envVar} environment variable)`;
  if (value === undefined || value === null || value === "") {
    throw new ConfigError(`${where}: \`${option}\` is required ${hint}`, option);
  }
  if (typeof value !== "string") {
    throw new ConfigError(`${where}: \`${option}\` must be a string, got ${typeof value} ${hint}`, option);
  }
  if (value.trim() === "") throw new ConfigError(`${where}: \`${option}\` is blank ${hint}`, option);
  if (/[\r\n\0]/.test(value) || value !== value.trim()) {
    throw new ConfigError(
      `${where}: \`${option}\` has whitespace or line breaks around or inside it; check how ${envVar} is set`,
      option,
    );
  }
  if (!HEADER_VALUE.test(value)) {
    throw new ConfigError(
      `${where}: \`${option}\` has characters an HTTP header cannot carry; check how ${envVar} is set`,
      option,
    );
  }
  return value;
}
