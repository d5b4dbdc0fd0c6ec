// The demo claims: the data holds up against the five sources on its own, and seedDemo, run in a
// database of its own (seed-demo.test.ts seeds the shared one), loads it once through the product's
// functions, so the compare view a newcomer opens first is the one worked out here from the JSON.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { compareClaims } from "../lib/claims/compare-claims";
import { BUILTIN_TYPES } from "../lib/claims/types/builtin";
import { db, disconnectDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { verifyChain } from "../lib/provenance/verify-chain";
import { DEMO_ACCOUNTS, DEMO_PROJECT } from "./demo-accounts";
import { readDemoClaims, seedClaims } from "./seed-claims";
import { seedDemo } from "./seed-demo";
import sources from "./sources.json";

const ANNOTATOR = DEMO_ACCOUNTS.find((a) => a.role === "annotator")!.email;

const sourceText = (documentId: string) => {
  const source = sources.sources.find((s) => s.id === documentId);
  if (!source) throw new Error(`no seed source ${documentId}`);
  return readFile(new URL(`./sources/${source.file}`, import.meta.url), "utf8");
};

function occurrences(text: string, exact: string, prefix = "", suffix = ""): number {
  let n = 0;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    if (text.slice(0, i).endsWith(prefix) && text.slice(i + exact.length).startsWith(suffix)) n += 1;
  }
  return n;
}

describe("seeds/demo-claims.json", () => {
  it("quotes every span exactly once from its source, and every reference resolves to the right kind", async () => {
    const data = await readDemoClaims();
    const entities = new Map(data.entities.map((e) => [e.id, e]));
    const annotations = new Map(data.annotations.map((a) => [a.id, a]));
    expect(entities.size).toBe(data.entities.length);
    expect(annotations.size).toBe(data.annotations.length);
    expect(new Set(data.claims.map((c) => c.id)).size).toBe(data.claims.length);

    for (const a of data.annotations) {
      const text = await sourceText(a.document);
      const { exact, prefix, suffix } = a.quote;
      expect(occurrences(text, exact, prefix, suffix), `${a.id}: ${exact}`).toBe(1);
      // Context only where the words alone repeat.
      if (prefix !== undefined || suffix !== undefined) expect(occurrences(text, exact), a.id).toBeGreaterThan(1);
    }

    expect(data.claims.length).toBeGreaterThanOrEqual(25);
    const documents = new Set(data.claims.flatMap((c) => c.evidence.map((id) => annotations.get(id)?.document)));
    expect([...documents].sort()).toEqual(sources.sources.map((s) => s.id));
    for (const c of data.claims) {
      expect(c.evidence.every((id) => annotations.has(id)), c.id).toBe(true);
      const type = BUILTIN_TYPES[c.type];
      expect(type, c.id).toBeDefined();
      expect(type!.schema.safeParse(c.fields).success, c.id).toBe(true);
      for (const f of type!.entityFields) {
        const ref = c.fields[f.field];
        if (ref !== undefined) expect(f.kinds, `${c.id} ${f.field}`).toContain(entities.get(ref as string)?.kind);
      }
      const { assertedBy, reportedBy, via = [] } = c.attribution;
      for (const id of [assertedBy, ...(reportedBy ? [reportedBy] : []), ...via]) expect(entities.has(id), `${c.id} ${id}`).toBe(true);
      if (c.type === "statement") {
        const spans = c.evidence.map((id) => annotations.get(id)!.quote.exact).join(" ");
        expect(spans, c.id).toContain(c.fields.quote as string);
      }
    }
  });
});

describe("seedDemo's claims", () => {
  const shared = inject("databaseUrl");
  const name = `workbench_seed_${randomBytes(6).toString("hex")}`;
  const admin = () => postgres(shared, { max: 1, onnotice: () => {} });

  beforeAll(async () => {
    const sql = admin();
    await sql.unsafe(`CREATE DATABASE "${name}"`).finally(() => sql.end());
    const url = new URL(shared);
    url.pathname = `/${name}`;
    await migrate(url.toString(), { dir: fileURLToPath(new URL("../prisma/migrations", import.meta.url)) });
    await disconnectDb();
    process.env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = shared;
    const sql = admin();
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => sql.end());
  });

  it("are loaded once, by the annotator, on the exact words, with their events and the compare view worked out", async () => {
    const data = await readDemoClaims();
    const first = await seedDemo();
    expect(first).toEqual({ usersCreated: 4, projectCreated: true, documentsCreated: 5, entitiesCreated: 32, annotationsCreated: 48, claimsCreated: 48 });
    const events = 1 + 4 + 5 + 32 + 48 + 48 + 42;
    expect(await verifyChain(DEMO_PROJECT.id)).toMatchObject({ ok: true, count: events });
    const second = await seedDemo();
    expect(second).toEqual({ usersCreated: 0, projectCreated: false, documentsCreated: 0, entitiesCreated: 0, annotationsCreated: 0, claimsCreated: 0 });
    expect(await verifyChain(DEMO_PROJECT.id)).toMatchObject({ ok: true, count: events });

    const projectId = DEMO_PROJECT.id;
    const byType = await db().event.groupBy({ by: ["type"], where: { projectId, type: { in: ["entity.created", "annotation.created", "claim.created", "claim.submitted"] } }, _count: true });
    expect(Object.fromEntries(byType.map((e) => [e.type, e._count]))).toEqual({ "entity.created": 32, "annotation.created": 48, "claim.created": 48, "claim.submitted": 42 });
    const annotator = await db().user.findUniqueOrThrow({ where: { email: ANNOTATOR } });

    const rows = await db().annotation.findMany({ where: { projectId }, include: { document: { select: { text: true } } } });
    expect(rows.map((a) => a.id).sort()).toEqual(data.annotations.map((a) => a.id));
    for (const a of rows) {
      expect(a.document.text.slice(a.start, a.end)).toBe(a.exact);
      expect(a.exact).toBe(data.annotations.find((d) => d.id === a.id)!.quote.exact);
      expect(a.createdById).toBe(annotator.id);
    }
    expect(await db().entity.count({ where: { projectId } })).toBe(32);

    const claims = await db().claim.findMany({ where: { projectId }, include: { evidence: true } });
    expect(claims).toHaveLength(48);
    for (const c of claims) {
      const seeded = data.claims.find((d) => d.id === c.id)!;
      expect(c.createdById).toBe(annotator.id);
      expect(c.status).toBe(seeded.status);
      expect(c.evidence.map((e) => e.annotationId).sort()).toEqual([...seeded.evidence].sort());
      // The publisher where the source names one; 000 and 001 name none.
      const publisher = ["doc_seed_000", "doc_seed_001"].includes(c.evidence[0]!.documentId) ? null : "ent_seed_mek_iran_com";
      expect(c.reportedById, c.id).toBe(publisher);
    }

    const access = { projectId, userId: annotator.id, role: "annotator" as const };
    const [massacre] = await compareClaims(access, { type: "victim_count", entityId: "ent_seed_massacre_1988" });
    expect(massacre!.claims.map((c) => c.id).sort()).toEqual(["001", "007", "014", "015", "022", "030", "031", "032", "039", "040"].map((n) => `clm_seed_${n}`));
    expect(massacre!.claims.filter((c) => c.status === "draft").map((c) => c.id)).toEqual(["clm_seed_007"]);
    expect(massacre!.summary).toMatchObject({ claims: 10, documents: 5, independentOrigins: 4, repeatingDocuments: 3, lowest: 44, highest: 30000 });
    expect(massacre!.summary.origins.map((o) => [o.origin, o.claims, o.documents])).toEqual([
      ["ent_seed_mek_iran_com", 3, 3],
      ["ent_seed_pmoi", 4, 3],
      ["ent_seed_amnesty", 2, 2],
      ["ent_seed_shafiee", 1, 1],
    ]);

    const [crackdown] = await compareClaims(access, { type: "victim_count", entityId: "ent_seed_crackdown_2019" });
    expect(crackdown!.summary).toMatchObject({ claims: 4, documents: 2, independentOrigins: 2, repeatingDocuments: 0, lowest: 100, highest: 1500 });
    const reuters = crackdown!.claims.find((c) => c.bounds.min === 1500)!;
    expect(reuters).toMatchObject({ assertedBy: { name: "People’s Mojahedin Organization of Iran" }, via: [{ name: "Reuters" }], reportedBy: { name: "MEK-Iran.com" }, modality: "confirmed" });
  });

  it("stop loudly, naming the span, on a quote that is not in the source or is there twice", async () => {
    const annotator = await db().user.findUniqueOrThrow({ where: { email: ANNOTATOR } });
    const access = { projectId: DEMO_PROJECT.id, userId: annotator.id, role: "annotator" as const };
    const only = (exact: string) => ({ entities: [], claims: [], annotations: [{ id: "ann_seed_999", document: "doc_seed_003", quote: { exact } }] });
    await expect(seedClaims(access, only("31,000 political prisoners"))).rejects.toThrow(/ann_seed_999 \(doc_seed_003, "31,000 political prisoners"\): The exact text does not occur/);
    await expect(seedClaims(access, only("Ebrahim Raisi has risen to the presidency"))).rejects.toThrow(/ann_seed_999 .*occurs 3 times/);
    expect(await db().annotation.findUnique({ where: { id: "ann_seed_999" } })).toBeNull();
  });
});
