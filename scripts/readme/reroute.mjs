// Loaded with `node --import` before a README example: the vendors' hosts answer from the mock
// (WFRUN_MOCK_URL), and the vendors' example run ids the READMEs show are the mock's `run_succeeded`, which
// serves those very examples. Nothing else about the example changes.
const mockUrl = process.env.WFRUN_MOCK_URL;
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

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const vendor = vendorOf(url.hostname);
  const path = url.pathname
    .split("/")
    .map((segment) => (EXAMPLE_IDS.has(decodeURIComponent(segment)) ? "run_succeeded" : segment))
    .join("/");
  if (vendor === null && path === url.pathname) return realFetch(request);
  const target = vendor === null ? new URL(path, url) : new URL(`${mockUrl}/${vendor}${path}${url.search}`);
  return realFetch(new Request(target, request));
};
