// The one server every contender of transport.bench.mjs talks to, in its own process so that no contender
// shares a CPU-bound event loop with it. Answers every GET with the payload given in WFRUN_BENCH_PAYLOAD.
import { createServer } from "node:http";

const payload = process.env.WFRUN_BENCH_PAYLOAD ?? "{}";
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "request-id": "req_bench" });
  res.end(payload);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.on("disconnect", () => process.exit(0));
