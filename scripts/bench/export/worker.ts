// One measured run in a fresh process, so its peak RSS is its own: `ours` streams the CSV export
// through the app's pipeline (filter check, counts, event, COPY with CRLF records, the response
// body stream), timed from the call to the last byte; `copy` times only PostgreSQL's COPY of the
// very same query through postgres.js, on a connection with the same settings, and discards it.
// Both count bytes and line ends as they arrive; prints one JSON line.
import { disconnectDb } from "../../../lib/db/client";
import { compileFilter } from "../../../lib/exports/compile-filter";
import { openExportSession } from "../../../lib/exports/export-session";
import { copyCsv, flatColumns, flatSql } from "../../../lib/exports/export-sql";
import { loadTypeFields } from "../../../lib/exports/load-type-fields";
import { planExport } from "../../../lib/exports/plan-export";
import { ZExportFilter } from "../../../lib/exports/schemas";
import { startExport } from "../../../lib/exports/start-export";
import { toWebStream } from "../../../lib/http/stream-body";

const [mode = "ours", projectId = ""] = process.argv.slice(2);
const filter = ZExportFilter.parse({});
let peak = process.memoryUsage().rss;
/** RSS once the export is set up (modules loaded, database clients connected), before the first byte. */
let ready = 0;
let detail = process.memoryUsage();
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss > peak) [peak, detail] = [m.rss, m];
}, 50);

function counter() {
  let bytes = 0;
  let lines = 0;
  return {
    add(chunk: Uint8Array) {
      bytes += chunk.byteLength;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    },
    get: () => ({ bytes, lines }),
  };
}

async function ours() {
  const count = counter();
  const t0 = performance.now();
  const started = await startExport({ projectId, actorId: null, format: "csv", filter, base: "http://localhost", collectionId: "http://localhost/export", via: "cli" });
  ready = process.memoryUsage().rss;
  const reader = toWebStream(started.body).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) count.add(r.value);
  return { seconds: (performance.now() - t0) / 1000, ...count.get() };
}

async function copy() {
  const session = await openExportSession();
  const plan = await planExport(session, await compileFilter(projectId, filter), (types) => loadTypeFields(projectId, types));
  const query = copyCsv(flatSql(plan.compiled, flatColumns(plan.fieldColumns)));
  await session.close();
  // The same connection settings as ours (work_mem, read-only snapshot), so only the pipeline differs.
  const floor = await openExportSession();
  ready = process.memoryUsage().rss;
  const count = counter();
  const t0 = performance.now();
  for await (const chunk of await floor.copy(query)) count.add(chunk as Buffer);
  const seconds = (performance.now() - t0) / 1000;
  await floor.close();
  return { seconds, ...count.get() };
}

const result = mode === "copy" ? await copy() : await ours();
clearInterval(sampler);
await disconnectDb();
console.log(JSON.stringify({ mode, ...result, readyRssMb: Math.round(ready / 1024 / 1024), atPeak: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, Math.round(v / 1048576)])), peakRssMb: Math.round(peak / 1024 / 1024) }));
