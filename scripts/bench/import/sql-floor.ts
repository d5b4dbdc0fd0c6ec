// The floor of an import: the same annotations, their first anchors and their events written by one
// SQL transaction with multi-row inserts and the app's own append function. No HTTP, no parsing, no
// placement, no ORM: only the writes an import must make.
import postgres from "postgres";
import { describeSpan } from "../../../lib/anchoring/describe-span";
import { newId } from "../../../lib/ids";
import { canonicalAroundSeq } from "../../../lib/provenance/event-hash";

export async function importFloor(options: { databaseUrl: string; projectId: string; documentId: string; userId: string; text: string; spans: { start: number; end: number }[] }): Promise<number> {
  const { projectId, documentId, userId, text } = options;
  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const t0 = performance.now();
    const rows = options.spans.map((s) => ({ id: newId("ann"), ...describeSpan(text, s.start, s.end) }));
    await sql.begin(async (tx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        await tx`INSERT INTO "Annotation" ${tx(batch.map((r) => ({ id: r.id, projectId, documentId, lineageId: documentId, start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, codePointStart: r.codePointStart, codePointEnd: r.codePointEnd, createdById: userId })))}`;
        await tx`INSERT INTO "AnnotationAnchor" ${tx(batch.map((r) => ({ projectId, annotationId: r.id, documentId, start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, codePointStart: r.codePointStart, codePointEnd: r.codePointEnd, confidence: 1, method: "created", createdById: userId })))}`;
      }
      const createdAt = new Date().toISOString();
      const events = rows.map((r) => {
        const data = { after: { documentId, start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, codePointStart: r.codePointStart, codePointEnd: r.codePointEnd, note: null } };
        const base = { actorId: userId, type: "annotation.created", subjectType: "annotation", subjectId: r.id, data };
        return { ...base, ...canonicalAroundSeq({ projectId, ...base, createdAt }) };
      });
      await tx`SELECT "append_events"(${projectId}, ${createdAt}::timestamptz, ${tx.json(events as unknown as postgres.JSONValue)})`;
    });
    return (performance.now() - t0) / 1000;
  } finally {
    await sql.end();
  }
}
