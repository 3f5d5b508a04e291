// @ts-check
// Plain JavaScript, so that scripts/generate-examples.mjs (which writes @wfrun/mock's examples) and the tests
// (through ./specs.ts) walk the specs with this one function, before anything is built.

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * @typedef {object} SpecExample
 * @property {string} path
 * @property {string} method lower case, as in the spec
 * @property {string} status
 * @property {string} name
 * @property {unknown} value
 */

/**
 * Every named response example of a parsed OpenAPI document, in document order, local `$ref`s followed.
 * @param {unknown} spec
 * @returns {SpecExample[]}
 */
export function responseExamples(spec) {
  const follow = refFollower(spec);
  /** @type {SpecExample[]} */
  const found = [];
  for (const [path, item] of entries(field(spec, "paths"))) {
    for (const [method, operation] of entries(follow(item))) {
      if (!METHODS.has(method)) continue;
      for (const [status, response] of entries(field(operation, "responses"))) {
        for (const [, media] of entries(field(follow(response), "content"))) {
          for (const [name, example] of entries(field(media, "examples"))) {
            found.push({ path, method, status, name, value: field(follow(example), "value") });
          }
        }
      }
    }
  }
  return found;
}

/**
 * Follows local `$ref`s (`#/components/...`); a remote, circular or dangling one is an error.
 * @param {unknown} spec
 * @returns {(node: unknown) => unknown}
 */
function refFollower(spec) {
  /** @type {(node: unknown, seen?: Set<string>) => unknown} */
  const follow = (node, seen = new Set()) => {
    const ref = field(node, "$ref");
    if (typeof ref !== "string") return node;
    if (!ref.startsWith("#/") || seen.has(ref)) throw new Error(`unsupported or circular $ref ${ref}`);
    seen.add(ref);
    const target = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce(field, spec);
    if (target === undefined) throw new Error(`$ref ${ref} points nowhere`);
    return follow(target, seen);
  };
  return follow;
}

/**
 * @param {unknown} node
 * @param {string} key
 * @returns {unknown}
 */
function field(node, key) {
  return typeof node === "object" && node !== null
    ? /** @type {Record<string, unknown>} */ (node)[key]
    : undefined;
}

/**
 * @param {unknown} node
 * @returns {[string, unknown][]}
 */
function entries(node) {
  return typeof node === "object" && node !== null ? Object.entries(node) : [];
}
