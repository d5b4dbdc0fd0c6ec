// npm run bench:routes — the app's cost per request of each kind, alone: the
// production build on a throwaway database (WEB_CONCURRENCY processes, one by default here so
// the figures are one process's), then for each kind a few keep-alive connections in a closed loop
// (--connections, 8) for --seconds (5). Prints app CPU ms per request and latency. A path no
// route has, the health check and a 405 are the fixed cost every request pays (Next's routing,
// the proxy, the response); reading a document and listing its annotations add a token, the
// caller's membership and their statements. --modes direct,next measures the API's handlers
// called directly (scripts/lib/app-server.mjs) and then everything through Next (API_DIRECT=off),
// (the default) and prints the ratio, ending with one summary line weighted like bench:load's mix of
// reads and writes. --modes direct measures one way only. --profile prints where the app's CPU went
// (direct mode). --small: one connection, one second per kind.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { treeCpuSeconds } from "./bench/load/cpu";
import { monotonicMicros, summariseProfiles } from "./bench/load/cpu-profile";
import { mustJson, exchange } from "./bench/load/http";
import { measureRouteCost, type RouteCost, type RouteProbe } from "./bench/load/route-cost";
import { startApp } from "./bench/load/start-app";
import { Prng } from "./bench/anchoring/prng";
import { claimAbout, type Cast } from "./bench/load/work";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "../seeds/demo-accounts";
import { sized } from "./lib/bench-size";

const { values: args } = parseArgs({ options: { small: { type: "boolean" }, seconds: { type: "string" }, connections: { type: "string" }, profile: { type: "boolean" }, "keep-profile": { type: "string" }, only: { type: "string" }, modes: { type: "string" } } });
const SECONDS = Number(args.seconds ?? sized(5, 1));
const CONNECTIONS = Number(args.connections ?? sized(8, 1));
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
const log = (line: string) => console.log(`  ${line}`);

process.env.WEB_CONCURRENCY ??= "1";

/** The demo project's people, speakers and events, as the load's annotators cite them. */
async function castOf(baseUrl: string, token: string): Promise<Cast> {
  const entities = await mustJson<{ items: { id: string; kind: string }[] }>("entities", exchange(baseUrl, "GET", `/api/v1/projects/${DEMO_PROJECT.id}/entities?limit=500`, { token }));
  const ofKind = (...kinds: string[]) => entities.items.filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  return { people: ofKind("person"), speakers: ofKind("person", "organization"), events: ofKind("event") };
}
const profileDir = args["keep-profile"] ?? (args.profile ? mkdtempSync(path.join(os.tmpdir(), "bench-routes-profile-")) : undefined);
const window = { from: 0, to: 0 };

/** Every probe against one app, started with the API served directly or (API_DIRECT=off) by Next alone. */
async function measure(mode: "direct" | "next"): Promise<Map<string, RouteCost>> {
  process.env.API_DIRECT = mode === "direct" ? "on" : "off";
  const app = await startApp({ profileDir: mode === "direct" ? profileDir : undefined, connections: CONNECTIONS, log });
  const costs = new Map<string, RouteCost>();
  try {
    const owner = DEMO_ACCOUNTS[0]!;
    const { token } = await mustJson<{ token: string }>("token", exchange(app.baseUrl, "POST", "/api/v1/tokens", { body: { email: owner.email, password: DEMO_PASSWORD, name: "routes" } }));
    const docs = await mustJson<{ items: { id: string }[] }>("documents", exchange(app.baseUrl, "GET", `/api/v1/projects/${DEMO_PROJECT.id}/documents?limit=5`, { token }));
    const documentId = docs.items[0]!.id;
    const bearer = { authorization: `Bearer ${token}` };
    const project = DEMO_PROJECT.id;
    const annotation = await mustJson<{ id: string; exact: string }>("annotation", exchange(app.baseUrl, "POST", `/api/v1/documents/${documentId}/annotations`, { token, body: { start: 0, end: 5 } }));
    const cast = await castOf(app.baseUrl, token);
    const rng = new Prng(1988);
    const probes: RouteProbe[] = [
      { label: "unknown /api/v1 path (404)", method: "GET", path: "/api/v1/no-such-route", expect: 404 },
      { label: "method not allowed (405)", method: "DELETE", path: `/api/v1/documents/${documentId}/annotations`, expect: 405 },
      { label: "health", method: "GET", path: "/api/health", expect: 200 },
      { label: "read document", method: "GET", path: `/api/v1/documents/${documentId}`, expect: 200, headers: bearer },
      { label: "list annotations", method: "GET", path: `/api/v1/documents/${documentId}/annotations?limit=50`, expect: 200, headers: bearer },
      { label: "create annotation", method: "POST", path: `/api/v1/documents/${documentId}/annotations`, expect: 201, headers: bearer, body: () => ({ start: 0, end: 5 }) },
      { label: "create claim", method: "POST", path: `/api/v1/projects/${project}/claims`, expect: 201, headers: bearer, body: () => claimAbout(rng, cast, annotation.id, annotation.exact) },
      { label: "list claims", method: "GET", path: `/api/v1/projects/${project}/claims?documentId=${documentId}&limit=50`, expect: 200, headers: bearer },
      { label: "compare", method: "GET", path: `/api/v1/projects/${project}/compare?type=victim_count&status=submitted`, expect: 200, headers: bearer },
    ].filter((p) => !args.only || p.label.includes(args.only));
    console.log(`${mode === "direct" ? "API handlers called directly" : "everything through Next (API_DIRECT=off)"}: per-request app CPU, ${CONNECTIONS} connections, ${SECONDS} s each, ${process.env.WEB_CONCURRENCY} app process(es):`);
    // What the app does unasked (job-queue polls, the log's sequencer), charged to no request.
    const idle0 = treeCpuSeconds(app.pid);
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    console.log(`  idle: ${((1000 * (treeCpuSeconds(app.pid) - idle0)) / SECONDS).toFixed(1)} ms of app CPU per second with no requests`);
    if (mode === "direct") window.from = monotonicMicros();
    for (const probe of probes) {
      const r = await measureRouteCost({ baseUrl: app.baseUrl, pid: app.pid, probe, connections: CONNECTIONS, seconds: SECONDS });
      costs.set(r.label, r);
      console.log(
        `  ${r.label.padEnd(28)} ${String(r.requests).padStart(6)} requests  ${r.cpuMsPerRequest.toFixed(2).padStart(6)} ms CPU/request  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  errors ${r.errors}  (load average ${load()})`,
      );
    }
    if (mode === "direct") window.to = monotonicMicros();
  } finally {
    await app.stop();
  }
  return costs;
}

/** bench:load's annotators: per claim made, one document read, one annotation list, one span, and a claims list or compare now and then. */
const LOAD_MIX: Record<string, number> = { "read document": 1, "list annotations": 1, "create annotation": 1, "create claim": 1, "list claims": 0.25, compare: 0.125 };

/** App CPU per request over bench:load's mix of requests. */
function mixCost(costs: Map<string, RouteCost>): number {
  let weight = 0;
  let total = 0;
  for (const [label, share] of Object.entries(LOAD_MIX)) {
    const cost = costs.get(label);
    if (!cost) continue;
    weight += share;
    total += share * cost.cpuMsPerRequest;
  }
  return total / weight;
}

let failed = false;
try {
  const modes = (args.modes ?? "direct,next").split(",") as ("direct" | "next")[];
  const results = new Map<string, Map<string, RouteCost>>();
  for (const mode of modes) results.set(mode, await measure(mode));
  failed = [...results.values()].some((m) => [...m.values()].some((r) => r.errors > 0));
  const direct = results.get("direct");
  const next = results.get("next");
  if (direct && next) {
    console.log("\napp CPU per request, direct / through Next:");
    for (const [label, d] of direct) {
      const n = next.get(label);
      if (n) console.log(`  ${label.padEnd(28)} ${d.cpuMsPerRequest.toFixed(2).padStart(6)} / ${n.cpuMsPerRequest.toFixed(2).padStart(6)} ms  ratio ${(d.cpuMsPerRequest / n.cpuMsPerRequest).toFixed(2)}`);
    }
    const ours = mixCost(direct);
    const baseline = mixCost(next);
    console.log(`bench routes: direct_cpu_ms=${ours.toFixed(2)} next_cpu_ms=${baseline.toFixed(2)} ratio=${(ours / baseline).toFixed(2)}`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (profileDir) {
    console.log(`\nCPU profile of the app during the measured loops:\n${summariseProfiles(profileDir, window, 25).join("\n")}`);
    if (!args["keep-profile"]) rmSync(profileDir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
