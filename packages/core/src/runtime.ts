/**
 * The `User-Agent` wfrun sends: `wfrun/<provider> <runtime>/<version>`, naming the runtime that really runs
 * (Bun and Deno also define `process.versions.node`). Browsers forbid the header, so none is set there.
 */
export function userAgent(provider: string): string | undefined {
  const runtime = runtimeName();
  return runtime === "browser" ? undefined : `wfrun/${provider} ${runtime}`;
}

function runtimeName(): string {
  const global = globalThis as {
    Bun?: { version?: string };
    Deno?: { version?: { deno?: string } };
    EdgeRuntime?: unknown;
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
    window?: unknown;
    document?: unknown;
  };
  if (global.Bun?.version) return `bun/${global.Bun.version}`;
  if (global.Deno?.version?.deno) return `deno/${global.Deno.version.deno}`;
  if (typeof global.EdgeRuntime === "string") return `edge-runtime/${global.EdgeRuntime}`;
  if (global.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (global.process?.versions?.node) return `node/v${global.process.versions.node}`;
  if (global.window !== undefined && global.document !== undefined) return "browser";
  return "unknown";
}
