// npm run bench:log — the verifiable log at scale, on a throwaway embedded PostgreSQL: loads a
// project's event log with SQL (1,000,000 events; --small: 5,000), lets the sequencer hash it into the
// Merkle tree, then times inclusion and consistency proofs for random events against the full tree.
// Baseline, measured in the same run: recomputing the root from every event, which is what proving
// without stored subtrees costs. The summary line's ratio is the proof's p50 over that baseline.
import { randomInt } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";

const { values: args } = parseArgs({ options: { small: { type: "boolean", default: false }, events: { type: "string" }, proofs: { type: "string" } } });
const EVENTS = Number(args.events ?? (args.small ? 5_000 : 1_000_000));
const PROOFS = Number(args.proofs ?? (args.small ? 50 : 500));
const database = await openDatabase({ ephemeral: true });
const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const f = (x: number) => x.toFixed(2);

try {
  process.env.DATABASE_URL = database.url;
  await migrate(database.url);
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  let t0 = performance.now();
  await sql`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ('usr_bench', 'bench@example.test', 'Bench', 'x')`;
  await sql`INSERT INTO "Project" ("id", "name", "createdById") VALUES ('prj_bench', 'Bench', 'usr_bench')`;
  // The chain's hashes are not what this measures: the events carry placeholders (the tree hashes their content).
  await sql`
    INSERT INTO "Event" ("projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", "prevHash", "hash", "createdAt")
    SELECT 'prj_bench', g, 'usr_bench', 'claim.reviewed', 'claim', 'clm_' || (g % 50000), jsonb_build_object('decision', 'approve', 'n', g), repeat('0', 64), repeat('0', 64), now()
    FROM generate_series(1, ${EVENTS}) g`;
  await sql.end();
  console.log(`loaded ${EVENTS.toLocaleString("en")} events in ${(ms(t0) / 1000).toFixed(1)} s`);

  const { sequenceProject } = await import("../lib/log/sequence-project");
  const { proveConsistency, proveInclusion } = await import("../lib/log/prove");
  const { db, disconnectDb } = await import("../lib/db/client");
  const { leafInput } = await import("../lib/log/leaf-input");
  const { leafHash, nodeHash } = await import("../lib/log/merkle-hash");
  const { splitPoint } = await import("../lib/log/tree-ranges");

  t0 = performance.now();
  const { treeSize } = await sequenceProject("prj_bench", { wait: true });
  const sequenceMs = ms(t0);
  if (treeSize !== EVENTS) throw new Error(`the tree holds ${treeSize} leaves, not ${EVENTS}`);
  console.log(`sequenced into the tree in ${(sequenceMs / 1000).toFixed(1)} s (${Math.round(EVENTS / (sequenceMs / 1000)).toLocaleString("en")} events/s)`);

  // Baseline: the root from scratch, reading and hashing every event (what a proof costs without the stored tree).
  t0 = performance.now();
  const leaves: Buffer[] = [];
  for (let after = 0; after < EVENTS; after += 20_000) {
    const rows = await db().event.findMany({ where: { projectId: "prj_bench", seq: { gt: after, lte: after + 20_000 } }, orderBy: { seq: "asc" } });
    for (const e of rows) leaves.push(leafHash(leafInput({ ...e, createdAt: e.createdAt.toISOString() })));
  }
  const mth = (lo: number, hi: number): Buffer => (hi - lo === 1 ? leaves[lo]! : nodeHash(mth(lo, lo + splitPoint(hi - lo)), mth(lo + splitPoint(hi - lo), hi)));
  const root = mth(0, leaves.length).toString("hex");
  const baselineMs = ms(t0);
  const [head] = await db().$queryRaw<{ rootHash: string }[]>`SELECT "rootHash" FROM "LogHead" WHERE "projectId" = 'prj_bench' ORDER BY "treeSize" DESC LIMIT 1`;
  if (head?.rootHash !== root) throw new Error("the sequenced root differs from the recomputed one");
  console.log(`baseline: recomputing the root from all events took ${f(baselineMs)} ms (roots agree)`);

  const inclusion: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const seq = randomInt(1, EVENTS + 1);
    const t = performance.now();
    const proof = await proveInclusion("prj_bench", seq, EVENTS);
    inclusion.push(ms(t));
    if (proof.auditPath.length === 0 && EVENTS > 1) throw new Error("empty audit path");
  }
  const consistency: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const from = randomInt(1, EVENTS);
    const t = performance.now();
    await proveConsistency("prj_bench", from, EVENTS);
    consistency.push(ms(t));
  }
  console.log(`inclusion proofs (${PROOFS}): p50 ${f(pct(inclusion, 50))} ms, p95 ${f(pct(inclusion, 95))} ms; consistency proofs: p50 ${f(pct(consistency, 50))} ms, p95 ${f(pct(consistency, 95))} ms`);
  await disconnectDb();
  console.log(
    `bench log: events=${EVENTS} sequence_per_s=${Math.round(EVENTS / (sequenceMs / 1000))} inclusion_p50_ms=${f(pct(inclusion, 50))} inclusion_p95_ms=${f(pct(inclusion, 95))} ` +
      `consistency_p95_ms=${f(pct(consistency, 95))} baseline_ms=${f(baselineMs)} ratio=${(pct(inclusion, 50) / baselineMs).toFixed(5)}`,
  );
} finally {
  await database.close();
}
