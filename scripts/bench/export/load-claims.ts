// Generates the export benchmark's project by COPY: 2,000 sources (English and Persian words, no
// line breaks, so output lines count rows), 300 entities with reliabilities, and N approved
// victim-count claims, each on its own annotation with one evidence row and one approving review.
// Secondary indexes of the big tables are dropped for the load and rebuilt after, then ANALYZE.
import { createHash } from "node:crypto";
import postgres from "postgres";
import { CopyRows, prng } from "./copy-rows";

export const PROJECT_ID = "prj_bench_export";
const USER = "usr_bench_annotator";
const REVIEWER = "usr_bench_reviewer";
const DOCUMENTS = 2_000;
const SPANS_PER_DOCUMENT = 50;
const BASE = Date.parse("2025-01-01T00:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();
const WORDS = "the prisoners were executed in summer of 1988 witnesses said families reported that mass graves near Khavaran cemetery held hundreds زندانیان سیاسی در تابستان ۱۳۶۷ اعدام شدند و خانواده‌ها گزارش دادند".split(" ");
const pad = (i: number, n: number) => i.toString().padStart(n, "0");

interface Doc {
  id: string;
  text: string;
  spans: { start: number; end: number }[];
}

function makeDocument(rng: ReturnType<typeof prng>, i: number): Doc {
  const words: string[] = [];
  const starts: number[] = [];
  let length = 0;
  while (length < 3_000) {
    const w = rng.pick(WORDS);
    starts.push(length);
    words.push(w);
    length += w.length + 1;
  }
  const text = words.join(" ");
  const spans = Array.from({ length: SPANS_PER_DOCUMENT }, () => {
    const first = rng.int(0, words.length - 9);
    const last = first + rng.int(1, 7);
    return { start: starts[first]!, end: starts[last]! + words[last]!.length };
  });
  return { id: `doc_${pad(i, 5)}`, text, spans };
}

async function dropIndexes(sql: postgres.Sql, tables: string[]): Promise<string[]> {
  const rows = await sql<{ name: string; definition: string }[]>`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname IN ${sql(tables)} AND t.relnamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`;
  for (const r of rows) await sql.unsafe(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.definition);
}

export async function loadClaims(url: string, claims: number, log: (line: string) => void): Promise<void> {
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  try {
    const at = iso(BASE);
    await sql`INSERT INTO "User" (id, email, name, "passwordHash") VALUES (${USER}, 'annotator@bench.example', 'Ana Annotator', 'x'), (${REVIEWER}, 'reviewer@bench.example', 'Rémi Reviewer', 'x')`;
    await sql`INSERT INTO "Project" (id, name, "createdById") VALUES (${PROJECT_ID}, 'Export benchmark', ${USER})`;
    await sql`INSERT INTO "Membership" ("projectId", "userId", role) VALUES (${PROJECT_ID}, ${USER}, 'owner'), (${PROJECT_ID}, ${REVIEWER}, 'reviewer')`;
    const indexes = await dropIndexes(sql, ["Document", "Annotation", "Claim", "ClaimEvidence", "Review"]);
    const rng = prng(1988);

    const entities = await CopyRows.open(sql, "Entity", ["id", "projectId", "kind", "name", "aliases", "searchKey", "reliability", "createdById", "createdAt", "updatedAt"]);
    const kinds = ["organization", "event", "place"] as const;
    for (let i = 0; i < 300; i++) {
      const kind = kinds[i % 3]!;
      await entities.row([`ent_${kind}_${pad(i, 3)}`, PROJECT_ID, kind, `${kind} ${i}`, [], `${kind} ${i}`, "ABCDEF"[i % 6]!, USER, at, at]);
    }
    await entities.end();
    const entity = (kind: (typeof kinds)[number], n: number) => `ent_${kind}_${pad(kinds.indexOf(kind) + 3 * (n % 100), 3)}`;

    const documents = await CopyRows.open(sql, "Document", ["id", "projectId", "title", "text", "sha256", "length", "sourceUrl", "publisher", "lineageId", "createdById", "createdAt", "capturedAt"]);
    const docs = Array.from({ length: DOCUMENTS }, (_, i) => makeDocument(rng, i));
    for (const d of docs) {
      const sha = createHash("sha256").update(d.text).digest("hex");
      await documents.row([d.id, PROJECT_ID, `Source ${d.id}`, d.text, sha, d.text.length, `https://example.org/${d.id}`, "Example News", d.id, USER, at, at]);
    }
    await documents.end();
    log(`  ${DOCUMENTS} documents, 300 entities`);

    const annotations = await CopyRows.open(sql, "Annotation", ["id", "projectId", "documentId", "lineageId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "createdById", "createdAt", "updatedAt"]);
    const claimRows = await CopyRows.open(sql, "Claim", ["id", "projectId", "type", "fields", "status", "version", "assertedById", "reportedById", "via", "stance", "modality", "subjectEntityId", "countMin", "countMax", "credibility", "createdById", "createdAt", "updatedAt"]);
    const evidence = await CopyRows.open(sql, "ClaimEvidence", ["projectId", "claimId", "annotationId", "documentId", "position"]);
    const reviews = await CopyRows.open(sql, "Review", ["id", "projectId", "claimId", "claimVersion", "reviewerId", "decision", "credibility", "createdAt"]);
    for (let i = 0; i < claims; i++) {
      const d = docs[i % DOCUMENTS]!;
      const s = d.spans[Math.floor(i / DOCUMENTS) % SPANS_PER_DOCUMENT]!;
      const annotation = `ann_${pad(i, 7)}`;
      const claim = `clm_${pad(i, 7)}`;
      const when = iso(BASE + i * 1000);
      // BMP text only: code point offsets equal UTF-16 offsets here.
      await annotations.row([annotation, PROJECT_ID, d.id, d.id, s.start, s.end, d.text.slice(s.start, s.end), d.text.slice(Math.max(0, s.start - 32), s.start), d.text.slice(s.end, s.end + 32), s.start, s.end, USER, when, when]);
      const value = 100 + (i % 30_000);
      const event = entity("event", i);
      const fields = { count: { kind: "approx", value }, outcome: "executed", event, place: entity("place", i * 7) };
      await claimRows.row([claim, PROJECT_ID, "victim_count", JSON.stringify(fields), "approved", 2, entity("organization", i), entity("organization", i + 1), i % 10 === 0 ? [entity("organization", i + 2)] : [], "asserts", "estimated", event, value, value, 1 + (i % 6), USER, when, when]);
      await evidence.row([PROJECT_ID, claim, annotation, d.id, 0]);
      await reviews.row([`rev_${pad(i, 7)}`, PROJECT_ID, claim, 2, REVIEWER, "approve", 1 + (i % 6), when]);
      if (i % 250_000 === 249_999) log(`  ${i + 1} claims`);
    }
    await Promise.all([annotations.end(), claimRows.end(), evidence.end(), reviews.end()]);
    const t0 = performance.now();
    await Promise.all([0, 1].map(async (w) => { for (let k = w; k < indexes.length; k += 2) await sql.unsafe(indexes[k]!); }));
    log(`  ${indexes.length} indexes rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await sql`VACUUM ANALYZE`;
  } finally {
    await sql.end();
  }
}
