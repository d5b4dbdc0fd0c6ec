// One production app process: `node scripts/lib/app-server.mjs --port N`, what `next start` did,
// plus the API's route handlers called directly (lib/http/serve-api-directly.js) for the requests
// they take, which skips the 4-5 ms of CPU Next's pipeline costs per API request. Pages, HEAD,
// OPTIONS, methods a route lacks, unknown paths and everything else go to Next's own handler,
// with the proxy in front as before. API_DIRECT=off sends everything to Next (for comparison).
// Plain JavaScript: every app process would otherwise pay for a TypeScript loader.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

// What `next start` sets before Next loads (instrumentation.ts checks NEXT_RUNTIME).
process.env.NODE_ENV ||= "production";
process.env.NEXT_RUNTIME = "nodejs";

const { values: args } = parseArgs({ options: { port: { type: "string" } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const dir = process.cwd();
const { default: next } = await import("next");
const { apiDispatcher } = await import("../../lib/http/serve-api-directly.js");
const { loadBuiltApiRoutes } = await import("./built-api-routes.mjs");

const app = next({ dev: false, dir, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const routes = process.env.API_DIRECT === "off" ? [] : await loadBuiltApiRoutes(path.join(dir, ".next"));
const direct = apiDispatcher({ routes, port, publicUrl: process.env.NEXTAUTH_URL });

const server = http.createServer((req, res) => {
  if (direct(req, res)) return;
  nextHandler(req, res).catch((error) => {
    console.error(`failed to handle ${req.method} ${req.url}:`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("error", (error) => {
  console.error("the app server failed:", error);
  process.exit(1);
});
// Node closes an idle keep-alive connection after 5 s, and a client that sends its next request on
// it at that moment gets ECONNRESET: a researcher's script pausing between calls, or a browser, would
// see a failure no retry-free client can tell from a crash. Idle connections stay open for a minute,
// longer than the idle time clients and proxies keep them for, so the client is the one that lets go.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port);

// As `next start`: stop taking connections, let the requests in flight finish, close Next, exit.
let stopping = false;
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().catch(console.error).finally(() => process.exit(code)));
    server.closeIdleConnections();
    // A keep-alive client that never lets go must not hold the stop up for ever.
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}
