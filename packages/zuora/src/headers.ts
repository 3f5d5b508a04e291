import { ConfigError, InvalidArgumentError } from "@wfrun/core";

/** The optional Zuora request headers, set per client and overridden per call. */
export interface ZuoraScopeOptions {
  /**
   * `Zuora-Entity-Ids`: with Multi-entity and a token valid for several entities, the entity to act in
   * (Zuora documents one entity per call here). Leave unset otherwise.
   */
  entityIds?: string | readonly string[] | undefined;
  /** `Zuora-Org-Ids`: with Multi-Org, the orgs to act in (a subset of the user's); sent comma-separated. */
  orgIds?: string | readonly string[] | undefined;
  /**
   * `Zuora-Track-Id`: your own id for tracing the call, echoed back by Zuora. At most 64 US-ASCII characters,
   * without `:`, `;`, `"` or `'`; checked before anything is sent.
   */
  trackId?: string | undefined;
}

export interface ZuoraHeaders {
  "Zuora-Entity-Ids"?: string;
  "Zuora-Org-Ids"?: string;
  "Zuora-Track-Id"?: string;
}

/** Zuora's documented rule (US-ASCII, ≤ 64, none of `:;"'`), minus control characters no header may carry. */
const TRACK_ID = /^[ !#-&(-9<-~]{1,64}$/;
const TRACK_ID_FORBIDDEN = /[:;"']/;
/** One id in a comma-separated list: visible US-ASCII without the comma that separates ids. */
const LIST_ITEM = /^[!-+\--~]+$/;

type Fail = (message: string, option: keyof ZuoraScopeOptions) => Error;

export const configFailure: Fail = (message, option) => new ConfigError(message, option);
export const argumentFailure: Fail = (message, option) => new InvalidArgumentError(message, option);

/**
 * Checks the scope options and turns them into request headers. `fail` decides the error: a `ConfigError`
 * for a client's options, an `InvalidArgumentError` for one call's. Values are never echoed in messages.
 */
export function scopeHeaders(scope: ZuoraScopeOptions, where: string, fail: Fail): ZuoraHeaders {
  const headers: ZuoraHeaders = {};
  if (scope.entityIds !== undefined) {
    headers["Zuora-Entity-Ids"] = idList(scope.entityIds, "entityIds", where, fail);
  }
  if (scope.orgIds !== undefined) {
    headers["Zuora-Org-Ids"] = idList(scope.orgIds, "orgIds", where, fail);
  }
  if (scope.trackId !== undefined) headers["Zuora-Track-Id"] = trackId(scope.trackId, where, fail);
  return headers;
}

function trackId(value: unknown, where: string, fail: Fail): string {
  const rule = "1 to 64 US-ASCII characters without : ; \" ' or control characters";
  if (typeof value !== "string") throw fail(`${where}: \`trackId\` must be a string of ${rule}`, "trackId");
  if (value.length === 0 || value.length > 64) {
    throw fail(`${where}: \`trackId\` has ${value.length} characters; Zuora takes ${rule}`, "trackId");
  }
  if (TRACK_ID_FORBIDDEN.test(value)) {
    throw fail(`${where}: \`trackId\` must not contain : ; " or ' (Zuora's rule)`, "trackId");
  }
  if (!TRACK_ID.test(value)) {
    throw fail(`${where}: \`trackId\` must be ${rule}`, "trackId");
  }
  if (value !== value.trim()) {
    // fetch strips surrounding spaces from header values, so Zuora would echo a different id.
    throw fail(`${where}: \`trackId\` must not start or end with a space`, "trackId");
  }
  return value;
}

function idList(value: unknown, option: "entityIds" | "orgIds", where: string, fail: Fail): string {
  const rule = "an id or a list of ids of visible US-ASCII characters";
  const items =
    typeof value === "string"
      ? value.split(",").map((item) => item.trim())
      : Array.isArray(value)
        ? value
        : null;
  if (items === null || items.length === 0) {
    throw fail(`${where}: \`${option}\` must be ${rule}`, option);
  }
  for (const item of items) {
    if (typeof item !== "string" || !LIST_ITEM.test(item)) {
      throw fail(
        `${where}: \`${option}\` must be ${rule}, none of them empty or holding spaces, commas or control characters`,
        option,
      );
    }
  }
  return items.join(",");
}
