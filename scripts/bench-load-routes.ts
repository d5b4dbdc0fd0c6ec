// npx tsx scripts/bench-load-routes.ts — the app's cost per request of each kind, alone: the
// production build on a throwaway database (WEB_CONCURRENCY processes, one by default here so
// the figures are one process's), then for each kind a few keep-alive connections in a closed loop
// (--connections, 8) for --seconds (5). Prints app CPU ms per request and latency. A path no
// route has, the health check and a 405 are the fixed cost every request pays (Next's routing,
// the proxy, the response); reading a document and listing its annotations add a token, the
// caller's membership and their statements. --profile prints where the app's CPU went.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { monotonicMicros, summariseProfiles } from "./bench/load/cpu-profile";
import { mustJson, exchange } from "./bench/load/http";
import { measureRouteCost, type RouteProbe } from "./bench/load/route-cost";
import { startApp } from "./bench/load/start-app";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "../seeds/demo-accounts";

const { values: args } = parseArgs({ options: { seconds: { type: "string" }, connections: { type: "string" }, profile: { type: "boolean" }, "keep-profile": { type: "string" }, only: { type: "string" } } });
const SECONDS = Number(args.seconds ?? 5);
const CONNECTIONS = Number(args.connections ?? 8);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
const log = (line: string) => console.log(`  ${line}`);

process.env.WEB_CONCURRENCY ??= "1";
const profileDir = args["keep-profile"] ?? (args.profile ? mkdtempSync(path.join(os.tmpdir(), "bench-routes-profile-")) : undefined);
const app = await startApp({ profileDir, connections: CONNECTIONS, log });
const window = { from: 0, to: 0 };
let failed = false;
try {
  const owner = DEMO_ACCOUNTS[0]!;
  const { token } = await mustJson<{ token: string }>("token", exchange(app.baseUrl, "POST", "/api/v1/tokens", { body: { email: owner.email, password: DEMO_PASSWORD, name: "routes" } }));
  const docs = await mustJson<{ items: { id: string }[] }>("documents", exchange(app.baseUrl, "GET", `/api/v1/projects/${DEMO_PROJECT.id}/documents?limit=5`, { token }));
  const documentId = docs.items[0]!.id;
  const bearer = { authorization: `Bearer ${token}` };
  const probes: RouteProbe[] = [
    { label: "unknown /api/v1 path (404)", method: "GET", path: "/api/v1/no-such-route", expect: 404 },
    { label: "method not allowed (405)", method: "DELETE", path: `/api/v1/documents/${documentId}/annotations`, expect: 405 },
    { label: "health", method: "GET", path: "/api/health", expect: 200 },
    { label: "read document", method: "GET", path: `/api/v1/documents/${documentId}`, expect: 200, headers: bearer },
    { label: "list annotations", method: "GET", path: `/api/v1/documents/${documentId}/annotations?limit=50`, expect: 200, headers: bearer },
    { label: "create annotation", method: "POST", path: `/api/v1/documents/${documentId}/annotations`, expect: 201, headers: bearer, body: () => ({ start: 0, end: 5 }) },
  ].filter((p) => !args.only || p.label.includes(args.only));
  console.log(`per-request app CPU, ${CONNECTIONS} connections, ${SECONDS} s each, ${process.env.WEB_CONCURRENCY} app process(es):`);
  window.from = monotonicMicros();
  for (const probe of probes) {
    const r = await measureRouteCost({ baseUrl: app.baseUrl, pid: app.pid, probe, connections: CONNECTIONS, seconds: SECONDS });
    failed ||= r.errors > 0;
    console.log(
      `  ${r.label.padEnd(28)} ${String(r.requests).padStart(6)} requests  ${r.cpuMsPerRequest.toFixed(2).padStart(6)} ms CPU/request  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  errors ${r.errors}  (load average ${load()})`,
    );
  }
  window.to = monotonicMicros();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.stop();
  if (profileDir) {
    console.log(`\nCPU profile of the app during the measured loops:\n${summariseProfiles(profileDir, window, 25).join("\n")}`);
    if (!args["keep-profile"]) rmSync(profileDir, { recursive: true, force: true });
    else console.log(`profile kept in ${profileDir}; measured window ${window.from}-${window.to} µs`);
  }
}
process.exit(failed ? 1 : 0);
