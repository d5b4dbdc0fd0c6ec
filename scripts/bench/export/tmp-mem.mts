import { readFileSync } from "node:fs";
process.env.DATABASE_URL = readFileSync("/tmp/bx/url1m", "utf8");
const { startExport } = await import("../../../lib/exports/start-export");
const { ZExportFilter } = await import("../../../lib/exports/schemas");
const { toWebStream } = await import("../../../lib/http/stream-body");
const { db, disconnectDb } = await import("../../../lib/db/client");
await db().user.count();
const base = process.memoryUsage();
let peak = { ...base };
const sample = () => { const m = process.memoryUsage(); if (m.rss > peak.rss) peak = m; };
const t = setInterval(sample, 50);
const started = await startExport({ projectId: "prj_bench_export", actorId: null, format: "csv", filter: ZExportFilter.parse({}), base: "http://x", collectionId: "http://x/e", via: "cli" });
const mode = process.env.MODE ?? "web";
let bytes = 0;
if (mode === "web") { const r = toWebStream(started.body).getReader(); for (let x = await r.read(); !x.done; x = await r.read()) bytes += x.value.byteLength; }
else { for await (const c of started.body) bytes += c.byteLength; }
clearInterval(t);
const mb = (m: NodeJS.MemoryUsage) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1e6)]));
console.log(mode, bytes, "base", mb(base), "peak", mb(peak));
await disconnectDb();
