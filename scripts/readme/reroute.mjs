// Loaded with `node --import` before a README example: the vendors' hosts answer from the mock
// (WFRUN_MOCK_URL), and the vendors' example run ids the READMEs show are the mock's `run_succeeded`, which
// serves those very examples. Nothing else about the example changes. Both ways the clients send are covered:
// node:http(s) (the default on Node) and fetch.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const http = require("node:http");
const https = require("node:https");
const mockUrl = new URL(process.env.WFRUN_MOCK_URL);
const EXAMPLE_IDS = new Set([
  "wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo",
  "fb47b2e6-5e43-4f90-be01-d5c5a088d156",
  "19063",
  "WRUN-dc46baf3-cb19-4424-be04-95ba630409bf",
]);

function vendorOf(host) {
  if (host === "api.stripe.com") return "stripe";
  if (host === "api.dify.ai") return "dify";
  if (host === "api.copy.ai") return "copyai";
  if (host.endsWith(".zuora.com")) return "zuora";
  return null;
}

/** Where a request for `url` goes instead, or null to leave it alone. */
function rerouted(url) {
  const vendor = vendorOf(url.hostname);
  if (vendor === null && url.host !== mockUrl.host) return null;
  const path = url.pathname
    .split("/")
    .map((segment) => (EXAMPLE_IDS.has(decodeURIComponent(segment)) ? "run_succeeded" : segment))
    .join("/");
  return new URL(`${mockUrl.origin}${vendor === null ? "" : `/${vendor}`}${path}${url.search}`);
}

function patch(module) {
  const original = module.request;
  module.request = function request(input, options, callback) {
    const url = typeof input === "string" || input instanceof URL ? new URL(input) : null;
    const target = url && rerouted(url);
    if (!target) return original.apply(this, arguments);
    const [opts, cb] = typeof options === "function" ? [{}, options] : [options ?? {}, callback];
    // The mock speaks plain HTTP: the client's https agent cannot carry it.
    return http.request.original.call(http, target, { ...opts, agent: undefined }, cb);
  };
  module.request.original = original;
}
patch(http);
patch(https);

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const request = new Request(input, init);
  const target = rerouted(new URL(request.url));
  return realFetch(target ? new Request(target, request) : request);
};
