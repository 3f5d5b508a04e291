import { ConfigError } from "@wfrun/core";

/**
 * Every REST base URL Zuora documents (developer.zuora.com/v1-api-reference/introduction), by region and
 * tier. A tenant lives in exactly one of them, and its OAuth client only works there. US Production and
 * US API Sandbox each exist on two clouds; the tenant's login URL tells which one.
 */
export const ZUORA_ENVIRONMENTS = Object.freeze({
  "us-production-cloud1": "https://rest.na.zuora.com",
  "us-production-cloud2": "https://rest.zuora.com",
  "us-api-sandbox-cloud1": "https://rest.sandbox.na.zuora.com",
  "us-api-sandbox-cloud2": "https://rest.apisandbox.zuora.com",
  /** US Developer & Central Sandbox, also used by Test Drive and trial tenants. */
  "us-developer-sandbox": "https://rest.test.zuora.com",
  "eu-production": "https://rest.eu.zuora.com",
  "eu-api-sandbox": "https://rest.sandbox.eu.zuora.com",
  /** EU Developer & Central Sandbox. */
  "eu-developer-sandbox": "https://rest.test.eu.zuora.com",
  "apac-production": "https://rest.ap.zuora.com",
  /** APAC Developer & Central Sandbox. */
  "apac-developer-sandbox": "https://rest.test.ap.zuora.com",
} as const);

export type ZuoraEnvironment = keyof typeof ZUORA_ENVIRONMENTS;

/**
 * The base URL from either `environment` or `baseUrl`. There is deliberately no default: a client set up
 * for a sandbox must never reach production because an option was forgotten.
 */
export function resolveBaseUrl(environment: unknown, baseUrl: unknown, where: string): string {
  const names = Object.keys(ZUORA_ENVIRONMENTS).join(", ");
  if (environment !== undefined && baseUrl !== undefined) {
    throw new ConfigError(
      `${where}: pass \`environment\` or \`baseUrl\`, not both (they could name different tenants)`,
      "environment",
    );
  }
  if (environment === undefined) {
    if (baseUrl === undefined) {
      throw new ConfigError(
        `${where}: pass \`environment\` (one of ${names}) or \`baseUrl\`; there is no default, so that a ` +
          `client meant for a sandbox never reaches production`,
        "environment",
      );
    }
    if (typeof baseUrl !== "string") {
      throw new ConfigError(`${where}: \`baseUrl\` must be a string`, "baseUrl");
    }
    return baseUrl;
  }
  if (typeof environment !== "string" || !Object.hasOwn(ZUORA_ENVIRONMENTS, environment)) {
    // The value is not echoed: a credential pasted into the wrong option must not reach a log.
    throw new ConfigError(`${where}: unknown \`environment\`; use one of ${names}`, "environment");
  }
  return ZUORA_ENVIRONMENTS[environment as ZuoraEnvironment];
}
