// npm run bench:import — 5,000 W3C annotations imported onto a 1 MB source through the public API of
// the production build (POST /projects/{id}/annotations/import), as a researcher's script does it,
// on a throwaway embedded PostgreSQL. Each annotation carries a TextQuoteSelector with 32 characters
// of context, taken from the source. The baseline, in the same run: the same annotations, anchors and
// events written by one SQL transaction (scripts/bench/import/sql-floor.ts); ratio = our seconds over
// the floor's. Checks that every annotation was created and the event chain verifies.
import { generate } from "./bench/reader/generate";
import { importFloor } from "./bench/import/sql-floor";
import { mustJson, exchange } from "./bench/load/http";
import { startApp } from "./bench/load/start-app";
import { verifyChain } from "./bench/load/verify";
import { sized } from "./lib/bench-size";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seeds/demo-accounts";

const LENGTH = sized(1_000_000, 50_000);
const COUNT = sized(5_000, 200);
const CONTEXT = 32;
const log = (line: string) => console.log(`  ${line}`);

const data = generate(LENGTH, COUNT);
const text = data.text;
const spans = data.table.rows.map(([, start, end]) => ({ start, end }));
const file = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "AnnotationCollection",
  items: spans.map(({ start, end }, i) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:bench:${i}`,
    type: "Annotation",
    target: { source: "urn:bench:source", selector: { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) } },
  })),
};

console.log(`import benchmark: ${COUNT.toLocaleString("en")} annotations onto a ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB source`);
const app = await startApp({ connections: 4, log });
let failed = false;
try {
  const owner = DEMO_ACCOUNTS[0]!;
  const { token } = await mustJson<{ token: string }>("token", exchange(app.baseUrl, "POST", "/api/v1/tokens", { body: { email: owner.email, password: DEMO_PASSWORD, name: "import benchmark" } }));
  const project = await mustJson<{ id: string }>("project", exchange(app.baseUrl, "POST", "/api/v1/projects", { token, body: { name: "Import benchmark" } }));
  const source = async (title: string) => mustJson<{ id: string }>("document", exchange(app.baseUrl, "POST", `/api/v1/projects/${project.id}/documents`, { token, body: { title, text } }));
  const doc = await source("Import benchmark source");

  const t0 = performance.now();
  const res = await fetch(`${app.baseUrl}/api/v1/projects/${project.id}/annotations/import?documentId=${doc.id}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(file),
    signal: AbortSignal.timeout(600_000),
  });
  const report = (await res.json()) as { created?: unknown[]; failed?: { reason: string }[] };
  const seconds = (performance.now() - t0) / 1000;
  const created = report.created?.length ?? 0;
  const reasons = Object.entries((report.failed ?? []).reduce<Record<string, number>>((a, f) => ({ ...a, [f.reason]: (a[f.reason] ?? 0) + 1 }), {}));
  log(`HTTP ${res.status}: ${created} created, ${report.failed?.length ?? 0} not (${reasons.map(([r, n]) => `${r} ${n}`).join(", ") || "none"}) in ${seconds.toFixed(2)} s`);

  const floorDoc = await source("Import benchmark floor");
  const me = await mustJson<{ items: { userId: string; email: string }[] }>("members", exchange(app.baseUrl, "GET", `/api/v1/projects/${project.id}/members`, { token }));
  const userId = me.items.find((m) => m.email === owner.email)?.userId ?? "";
  const floorSeconds = await importFloor({ databaseUrl: app.databaseUrl, projectId: project.id, documentId: floorDoc.id, userId, text, spans });
  log(`SQL floor: the same ${spans.length} annotations, anchors and events in one transaction in ${floorSeconds.toFixed(2)} s`);

  const chain = await verifyChain(app.baseUrl, project.id, token);
  log(`event chain: ${chain.ok ? "verifies" : "BROKEN"}, ${chain.count} events`);
  // Identical spans in the generated set are one annotation each way; everything else must be created.
  const distinct = new Set(spans.map((s) => `${s.start}:${s.end}`)).size;
  failed = res.status !== 200 || created !== distinct || !chain.ok;
  if (created !== distinct) log(`expected ${distinct} created`);
  console.log(`bench import: annotations=${COUNT} created=${created} seconds=${seconds.toFixed(2)} per_s=${Math.round(created / seconds)} floor_seconds=${floorSeconds.toFixed(2)} ratio=${(seconds / floorSeconds).toFixed(2)}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.stop();
}
process.exit(failed ? 1 : 0);
