// The floor: the rows the app writes for "create annotation" and "create claim", written directly
// in SQL by as many connections as there are annotators, for the same time. Each operation is one
// transaction holding the same rows as the app's: the annotation, its first anchor and its event;
// the claim, its evidence, its entity links and its event, the event appended to the project's hash
// chain by the same database function under the same lock. With `reads`, each round also makes the
// reads the app's annotators make in theirs (the document, its annotations, now and then its claims
// and the compare view; sql-floor-reads.ts), so the floor does the work the app does. No HTTP, no
// authentication, no validation, no ORM.
import postgres from "postgres";
import { describeSpan } from "../../../lib/anchoring/describe-span";
import { newId } from "../../../lib/ids";
import { canonicalAroundSeq } from "../../../lib/provenance/event-hash";
import { Prng } from "../anchoring/prng";
import { compare, listAnnotations, listClaims, readDocument } from "./sql-floor-reads";
import { claimAbout, pickSpan, WordIndex, type Cast } from "./work";

type Sql = postgres.Sql;
type Tx = postgres.TransactionSql;

interface FloorDocument {
  id: string;
  text: string;
  lineageId: string;
  reporterId: string | null;
}

/** The app's own append: one call of the database function that locks, reads the head and inserts. */
async function appendEvent(tx: Tx, projectId: string, actorId: string, type: string, subjectType: string, subjectId: string, data: Record<string, unknown>) {
  const createdAt = new Date().toISOString();
  const json = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  const event = { actorId, type, subjectType, subjectId, data: json, ...canonicalAroundSeq({ projectId, actorId, type, subjectType, subjectId, data: json, createdAt }) };
  await tx`SELECT "append_events"(${projectId}, ${createdAt}::timestamptz, ${tx.json([event] as postgres.JSONValue)})`;
}

async function loadFloorWorld(sql: Sql, projectId: string) {
  const documents = await sql<FloorDocument[]>`
    SELECT d.id, d.text, d."lineageId",
      (SELECT e.id FROM "Entity" e WHERE e."projectId" = d."projectId" AND e.kind = 'organization' AND e."mergedIntoId" IS NULL AND e.name = d.publisher ORDER BY e.id LIMIT 1) AS "reporterId"
    FROM "Document" d WHERE d."projectId" = ${projectId} ORDER BY d.id`;
  const entities = await sql<{ id: string; name: string; aliases: string[] }[]>`SELECT id, name, aliases FROM "Entity" WHERE "projectId" = ${projectId}`;
  return { documents, names: new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]])) };
}

export async function runSqlFloor(options: { databaseUrl: string; projectId: string; userIds: string[]; cast: Cast; until: () => boolean; reads: boolean }): Promise<{ writes: number; ms: number; opMs: number[] }> {
  const { projectId, cast } = options;
  const sql = postgres(options.databaseUrl, { max: options.userIds.length, onnotice: () => {} });
  try {
    const { documents, names } = await loadFloorWorld(sql, projectId);
    let writes = 0;
    // Each step's time, as the app's requests are timed: what the same closed loop waits with no app.
    const opMs: number[] = [];
    const timed = async <T>(op: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await op();
      opMs.push(performance.now() - start);
      return result;
    };
    const t0 = performance.now();
    await Promise.all(
      options.userIds.map(async (userId, u) => {
        const rng = new Prng(7_000 + u);
        const words = new WordIndex();
        for (let i = 0; options.until(); i++) {
          const doc = rng.pick(documents);
          if (options.reads) {
            await timed(() => readDocument(sql, projectId, doc.id));
            await timed(() => listAnnotations(sql, projectId, doc.id));
          }
          const { start, end } = pickSpan(rng, doc.text, words);
          const span = describeSpan(doc.text, start, end);
          const annotationId = newId("ann");
          await timed(() => sql.begin(async (tx) => {
            await tx`INSERT INTO "Annotation" (id, "projectId", "documentId", "lineageId", start, "end", exact, prefix, suffix, "codePointStart", "codePointEnd", note, "createdById")
              VALUES (${annotationId}, ${projectId}, ${doc.id}, ${doc.lineageId}, ${start}, ${end}, ${span.exact}, ${span.prefix}, ${span.suffix}, ${span.codePointStart}, ${span.codePointEnd}, NULL, ${userId})`;
            await tx`INSERT INTO "AnnotationAnchor" ("projectId", "annotationId", "documentId", start, "end", exact, prefix, suffix, "codePointStart", "codePointEnd", confidence, method, "createdById")
              VALUES (${projectId}, ${annotationId}, ${doc.id}, ${start}, ${end}, ${span.exact}, ${span.prefix}, ${span.suffix}, ${span.codePointStart}, ${span.codePointEnd}, 1, 'created', ${userId})`;
            await appendEvent(tx, projectId, userId, "annotation.created", "annotation", annotationId, { after: { documentId: doc.id, ...span, note: null } });
          }));
          writes += 1;
          await timed(() => writeClaim(sql, { projectId, userId, doc, names, body: claimAbout(rng, cast, annotationId, span.exact) }));
          writes += 1;
          // The same rhythm as the app's annotators (virtual-annotator.ts).
          if (options.reads && i % 4 === 3) await timed(() => listClaims(sql, projectId, doc.id));
          if (options.reads && i % 8 === 7) await timed(() => compare(sql, projectId));
        }
      }),
    );
    return { writes, ms: performance.now() - t0, opMs: opMs.sort((a, b) => a - b) };
  } finally {
    await sql.end();
  }
}

/** As the app indexes a claim: every string and number in its field values, then the entities' names. */
function fieldWords(value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(fieldWords);
  if (value && typeof value === "object") return Object.values(value).flatMap(fieldWords);
  return [];
}

async function writeClaim(sql: Sql, o: { projectId: string; userId: string; doc: FloorDocument; names: Map<string, string[]>; body: ReturnType<typeof claimAbout> }) {
  const { projectId, userId, doc, body } = o;
  const fields = body.fields;
  const subject = (body.type === "victim_count" ? fields.event : fields.speaker) as string;
  const value = body.type === "victim_count" ? (fields.count as { value: number }).value : null;
  const roles: [string, string][] = [[body.attribution.assertedBy, "asserted_by"], ...(doc.reporterId ? [[doc.reporterId, "reported_by"] as [string, string]] : []), [subject, body.type === "victim_count" ? "field:event" : "field:speaker"]];
  const entityLinks = [...new Map(roles.map(([entityId, role]) => [`${entityId}|${role}`, { entityId, role }])).values()];
  const mentioned = [...new Set(roles.map(([id]) => id))];
  const searchText = [...fieldWords(fields), ...mentioned.flatMap((id) => o.names.get(id) ?? [])].join("\n");
  const claimId = newId("clm");
  const snapshot = {
    type: body.type, fields, evidence: [{ annotationId: body.evidence[0], documentId: doc.id, position: 0 }],
    assertedById: body.attribution.assertedBy, reportedById: doc.reporterId, via: [], stance: body.attribution.stance, modality: body.attribution.modality,
    subjectEntityId: subject, countMin: value, countMax: value,
  };
  await sql.begin(async (tx) => {
    await tx`INSERT INTO "Claim" (id, "projectId", type, fields, "assertedById", "reportedById", via, stance, modality, "subjectEntityId", "countMin", "countMax", "searchText", "createdById")
      VALUES (${claimId}, ${projectId}, ${body.type}, ${tx.json(fields as postgres.JSONValue)}, ${snapshot.assertedById}, ${doc.reporterId}, ${"{}"}, ${snapshot.stance}, ${snapshot.modality}, ${subject}, ${value}, ${value}, ${searchText}, ${userId})`;
    await tx`INSERT INTO "ClaimEvidence" ("projectId", "claimId", "annotationId", "documentId", position) VALUES (${projectId}, ${claimId}, ${body.evidence[0]!}, ${doc.id}, 0)`;
    await tx`INSERT INTO "ClaimEntity" ${tx(entityLinks.map((l) => ({ projectId, claimId, entityId: l.entityId, role: l.role })))}`;
    await appendEvent(tx, projectId, userId, "claim.created", "claim", claimId, { after: { ...snapshot, status: "draft", version: 1 } });
  });
}
