import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>wfrun in a browser</title></head>
  <body>
    <h1>wfrun runs, fetched from this page</h1>
    <main></main>
    <script type="module" src="/app.js"></script>
  </body>
</html>`;

/** Serves the page and its bundle on loopback; the mock runs on another port, so every call is cross-origin. */
export async function servePage(appJs: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HTML);
    else if (path === "/app.js") res.writeHead(200, { "content-type": "text/javascript" }).end(appJs);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
