// The throwaway registry of `pnpm test:release`: verdaccio on 127.0.0.1 with its storage, config and one
// user created at run time (nothing of it is in the repository), and a proxy trap that refuses, and counts,
// every request a tool tries to send anywhere but loopback.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { once } from "node:events";
import { join } from "node:path";

const here = import.meta.dirname;

export function installVerdaccio(scratch) {
  const dir = join(scratch, "verdaccio");
  mkdirSync(dir, { recursive: true });
  for (const file of ["package.json", "package-lock.json"])
    copyFileSync(join(here, "verdaccio", file), join(dir, file));
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, stdio: "pipe" });
  return join(dir, "node_modules/verdaccio/bin/verdaccio");
}

async function freePort() {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

// @wfrun/* lives only here (never fetched from npmjs: an install proves what this test published); anything
// else (openapi-fetch) is proxied from the public registry by verdaccio itself.
function config(storage, htpasswd) {
  return `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(htpasswd)}
    max_users: 1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
packages:
  "@wfrun/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  "**":
    access: $all
    publish: $authenticated
    proxy: npmjs
log: { type: stdout, format: pretty, level: warn }
`;
}

export async function startVerdaccio(bin, scratch) {
  const dir = join(scratch, "registry");
  mkdirSync(join(dir, "storage"), { recursive: true });
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, config(join(dir, "storage"), join(dir, "htpasswd")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await once(child, "exit");
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited: ${log}`);
    const ready = await fetch(`${url}-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, port, close, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await close();
  throw new Error(`verdaccio did not answer on ${url} within 30 s: ${log}`);
}

// A user made now, with a random password, for this registry only; its token lives in the scratch npmrc.
export async function createUser(url) {
  const name = "wfrun-release-test";
  const password = crypto.randomUUID();
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password, type: "user", roles: [], date: new Date().toISOString() }),
  });
  const body = await response.json();
  if (!response.ok || typeof body.token !== "string")
    throw new Error(`cannot create the registry user: ${response.status}`);
  return body.token;
}

// An HTTP(S) proxy that answers 403 to everything and remembers the host asked for. Tools that publish or
// install get it as their proxy, with loopback exempt (NO_PROXY): a request to any real registry fails at once.
export async function startProxyTrap() {
  const attempts = [];
  const server = createServer((request, response) => {
    attempts.push(request.headers.host ?? request.url);
    response.writeHead(403).end("wfrun release test: only the loopback registry may be reached\n");
  });
  server.on("connect", (request, socket) => {
    attempts.push(request.url);
    socket.end("HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    attempts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Fail closed: each package's publish target, asked of the very tool and environment `changeset publish`
 * uses (pnpm publish, with npm_config_registry set as changesets sets it), must be `registryUrl` (loopback).
 * Throws, naming the package and the target, otherwise. */
export function provePublishTargets(packageDirs, env, registryUrl) {
  const expected = new URL(registryUrl);
  if (expected.hostname !== "127.0.0.1") throw new Error(`${registryUrl} is not a loopback registry`);
  const run = (command, args, cwd) =>
    execFileSync(command, args, {
      cwd,
      env: { ...env, npm_config_registry: registryUrl },
      encoding: "utf8",
      stdio: "pipe",
    });
  for (const dir of packageDirs) {
    const npmTarget = run("npm", ["config", "get", "registry"], dir).trim();
    if (npmTarget !== registryUrl)
      throw new Error(`npm would publish ${dir} to ${npmTarget}: not publishing`);
    const output = run(
      "pnpm",
      ["publish", "--dry-run", "--no-git-checks", "--access", "public", "--tag", "latest"],
      dir,
    );
    // "📦 @wfrun/core@0.1.0 → http://127.0.0.1:4873/"
    const [, name, target] = /(\S+) → (\S+)/.exec(output) ?? [];
    if (target === undefined)
      throw new Error(`pnpm publish --dry-run named no target in ${dir}: not publishing`);
    const url = new URL(target);
    if (url.hostname !== expected.hostname || url.port !== expected.port) {
      throw new Error(`${name} would be published to ${target}, not ${registryUrl}: not publishing`);
    }
  }
}
