import { ConfigError } from "@wfrun/core";
import { isObject } from "@wfrun/core/provider";
import { fromZuora } from "@wfrun/normalize/zuora";
import { createZuoraClient, ZUORA_ENVIRONMENTS, type ZuoraClient, type ZuoraEnvironment } from "@wfrun/zuora";
import type { SecretList } from "./io.js";
import { setting, type ConnectOptions, type RunFetcher } from "./providers.js";

/**
 * Zuora needs a target (an environment name or a base URL, never a default: a sandbox job must not reach
 * production because a variable was missing) and one kind of credential. Both pairs are refused when both
 * halves are set, as the client itself does, since they could name different tenants.
 */
export function connectZuora(options: ConnectOptions): RunFetcher {
  const client = zuoraClientFromEnv(options);
  return ([runId = ""], call) => client.getWorkflowRun(runId, call).then(fromZuora);
}

/** A Zuora client from the environment (and `--base-url`), refusing ambiguous settings. */
export function zuoraClientFromEnv(options: ConnectOptions): ZuoraClient {
  const { env, secrets, logger } = options;
  const target = zuoraTarget(options);
  const clientId = setting(env, "ZUORA_CLIENT_ID");
  const clientSecret = setting(env, "ZUORA_CLIENT_SECRET");
  const accessToken = setting(env, "ZUORA_ACCESS_TOKEN");
  const common = { ...target, logger, fetch: recordingIssuedTokens(secrets) };

  let client: ZuoraClient;
  if (accessToken !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined) {
      throw new ConfigError(
        "set ZUORA_CLIENT_ID and ZUORA_CLIENT_SECRET, or ZUORA_ACCESS_TOKEN, not both",
        "ZUORA_ACCESS_TOKEN",
      );
    }
    client = createZuoraClient({ ...common, accessToken });
  } else if (clientId !== undefined && clientSecret !== undefined) {
    client = createZuoraClient({ ...common, clientId, clientSecret });
  } else {
    const missing = clientId === undefined ? "ZUORA_CLIENT_ID" : "ZUORA_CLIENT_SECRET";
    throw new ConfigError(
      `${missing} is not set: export your Zuora OAuth client as ZUORA_CLIENT_ID and ZUORA_CLIENT_SECRET ` +
        "(or a bearer token as ZUORA_ACCESS_TOKEN)",
      missing,
    );
  }
  return client;
}

function zuoraTarget({
  env,
  baseUrl,
}: ConnectOptions): { baseUrl: string } | { environment: ZuoraEnvironment } {
  if (baseUrl !== undefined) return { baseUrl };
  const environment = setting(env, "ZUORA_ENVIRONMENT");
  const envBaseUrl = setting(env, "ZUORA_BASE_URL");
  const names = Object.keys(ZUORA_ENVIRONMENTS).join(", ");
  if (environment !== undefined && envBaseUrl !== undefined) {
    throw new ConfigError(
      "set ZUORA_ENVIRONMENT or ZUORA_BASE_URL, not both (they could name different tenants)",
      "ZUORA_ENVIRONMENT",
    );
  }
  if (envBaseUrl !== undefined) return { baseUrl: envBaseUrl };
  if (environment === undefined) {
    throw new ConfigError(
      `ZUORA_ENVIRONMENT is not set: export your tenant's environment (${names}), ` +
        "or its base URL as ZUORA_BASE_URL, or pass --base-url",
      "ZUORA_ENVIRONMENT",
    );
  }
  if (!Object.hasOwn(ZUORA_ENVIRONMENTS, environment)) {
    throw new ConfigError(`ZUORA_ENVIRONMENT must be one of ${names}`, "ZUORA_ENVIRONMENT");
  }
  return { environment: environment as ZuoraEnvironment };
}

/**
 * The global fetch, noting every access token Zuora issues: the CLI never sees the client's token cache,
 * yet a token must not be printed either (a server or proxy could echo it back into an error body).
 */
function recordingIssuedTokens(secrets: SecretList): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (response.ok && new URL(url).pathname.endsWith("/oauth/token")) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (isObject(body) && typeof body.access_token === "string") secrets.add(body.access_token);
    }
    return response;
  };
}
