// What `changeset version` must do, computed independently of changesets from the pending changeset files
// and the manifests: the new version of every public package, then checks of the versioned repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ORDER = ["patch", "minor", "major"];

export function readManifests(repo) {
  const manifests = {};
  for (const dir of readdirSync(join(repo, "packages"))) {
    const manifest = JSON.parse(readFileSync(join(repo, "packages", dir, "package.json"), "utf8"));
    if (!manifest.private) manifests[manifest.name] = { dir: join(repo, "packages", dir), manifest };
  }
  return manifests;
}

export function pendingBumps(repo) {
  const bumps = {};
  for (const file of readdirSync(join(repo, ".changeset")).filter((name) => name.endsWith(".md"))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(repo, ".changeset", file), "utf8"));
    for (const [, name, type] of (front?.[1] ?? "").matchAll(/^"([^"]+)":\s*(patch|minor|major)\s*$/gm)) {
      if (ORDER.indexOf(type) > ORDER.indexOf(bumps[name] ?? "")) bumps[name] = type;
    }
  }
  return bumps;
}

function bump(version, type) {
  const [major, minor, patch] = version.split(".").map(Number);
  if (type === "major") return `${major + 1}.0.0`;
  if (type === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** New versions: the declared bumps, plus a patch for a dependent of a bumped package (the config's
 * updateInternalDependencies), plus a major for a peer dependent whose peer range the new version leaves. */
export function expectedVersions(manifests, declared) {
  const types = { ...declared };
  for (let changed = true; changed;) {
    changed = false;
    const next = (name) => (types[name] ? bump(manifests[name].manifest.version, types[name]) : null);
    for (const [name, { manifest }] of Object.entries(manifests)) {
      const deps = Object.keys(manifest.dependencies ?? {}).filter((dep) => manifests[dep] && next(dep));
      const peersLeft = Object.keys(manifest.peerDependencies ?? {}).filter(
        (dep) => manifests[dep] && Number(next(dep)?.split(".")[0]) >= 1,
      );
      const needed = peersLeft.length > 0 ? "major" : deps.length > 0 ? "patch" : null;
      if (needed && ORDER.indexOf(needed) > ORDER.indexOf(types[name] ?? "")) {
        types[name] = needed;
        changed = true;
      }
    }
  }
  return Object.fromEntries(
    Object.keys(manifests).map((name) => [
      name,
      types[name] ? bump(manifests[name].manifest.version, types[name]) : null,
    ]),
  );
}

/** Problems found in the repository after `changeset version`; [] when it did what was expected. */
export function checkVersioned(repo, expected, releaseNote) {
  const problems = [];
  const after = readManifests(repo);
  for (const [name, version] of Object.entries(expected)) {
    if (version === null) continue;
    const { dir, manifest } = after[name];
    if (manifest.version !== version)
      problems.push(`${name}: version ${manifest.version}, expected ${version}`);
    const changelog = existsSync(join(dir, "CHANGELOG.md"))
      ? readFileSync(join(dir, "CHANGELOG.md"), "utf8")
      : "";
    if (/^## (.+)$/m.exec(changelog)?.[1] !== version)
      problems.push(`${name}: CHANGELOG.md has no ## ${version} first`);
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (after[dep] && range !== "workspace:^")
        problems.push(`${name}: its range for ${dep} became ${range}`);
    }
  }
  const stripeLog = readFileSync(join(after["@wfrun/stripe"].dir, "CHANGELOG.md"), "utf8");
  if (!stripeLog.includes(releaseNote))
    problems.push("@wfrun/stripe: CHANGELOG.md lacks the release test's note");
  const left = readdirSync(join(repo, ".changeset")).filter(
    (file) => file.endsWith(".md") && file !== "README.md",
  );
  if (left.length > 0) problems.push(`changesets not consumed: ${left.join(", ")}`);
  return problems;
}

/** What the registry holds must say `^<version>` for every internal dependency (pnpm's workspace:^). */
export function checkPublishedRanges(published, versions) {
  const problems = [];
  for (const [name, manifest] of Object.entries(published)) {
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (versions[dep] && range !== `^${versions[dep]}`)
        problems.push(`${name}: depends on ${dep}@${range}`);
    }
    for (const [dep, range] of Object.entries(manifest.peerDependencies ?? {})) {
      if (versions[dep] && range !== ">=0.0.0 <1") problems.push(`${name}: peer ${dep}@${range}`);
    }
    if (JSON.stringify(manifest).includes("workspace:"))
      problems.push(`${name}: a workspace: range was published`);
  }
  return problems;
}
