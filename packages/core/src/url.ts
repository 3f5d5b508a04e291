import { ConfigError } from "./errors.js";

/**
 * The base URL as calls use it: http(s), no credentials, no query or fragment (a bare trailing `?` or `#`
 * included), no trailing slash, so a path prefix such as `/dify/v1` is kept.
 */
export function checkBaseUrl(value: unknown, where: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ConfigError(`${where}: \`baseUrl\` is not a valid URL`, "baseUrl");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`${where}: \`baseUrl\` must be http(s), got ${url.protocol}`, "baseUrl");
  }
  if (url.username || url.password) {
    throw new ConfigError(`${where}: \`baseUrl\` must not carry credentials; use the key options`, "baseUrl");
  }
  if (url.search || url.hash || /[?#]/.test(String(value))) {
    throw new ConfigError(`${where}: \`baseUrl\` must not have a query or fragment`, "baseUrl");
  }
  return withoutTrailingSlash(url.origin + url.pathname);
}

export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * `base` + `template` with each `{name}` replaced by its value, encoded as one path segment (as openapi-fetch
 * does), and the query in openapi-fetch's default style: `name=value`, arrays repeated (`status=a&status=b`).
 */
export function buildUrl(base: string, template: string, path?: object, query?: object): string {
  let url = base;
  if (path === undefined) url += template;
  else {
    const values = path as Record<string, unknown>;
    url += template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
  }
  if (query === undefined) return url;
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const key = encodeURIComponent(name);
    for (const item of Array.isArray(value) ? value : [value])
      pairs.push(`${key}=${encodeURIComponent(String(item))}`);
  }
  return pairs.length === 0 ? url : `${url}?${pairs.join("&")}`;
}
