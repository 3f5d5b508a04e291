// A Cloudflare Worker that proxies one run to the browser: the key stays in the worker's secrets.
import { createDifyClient, NotFoundError } from "@wfrun/dify";
import { fromDify } from "@wfrun/normalize/dify";

interface Env {
  DIFY_API_KEY: string;
}

export default {
  async fetch(request, env) {
    const id = new URL(request.url).searchParams.get("run") ?? "";
    const dify = createDifyClient({ apiKey: env.DIFY_API_KEY });
    try {
      return Response.json(fromDify(await dify.getWorkflowRun(id, { signal: request.signal })));
    } catch (error) {
      return new Response(null, { status: error instanceof NotFoundError ? 404 : 502 });
    }
  },
} satisfies ExportedHandler<Env>;
