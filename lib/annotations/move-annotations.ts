// Re-anchors the live annotations of one document version onto its successor, inside the caller's
// transaction: placed ones get a new anchor, doubtful ones go to the orphan queue. Nothing is lost:
// the old anchors stay, and every outcome is an event.
import { createCodePointIndex, describeSpan, reanchor } from "../anchoring";
import type { Tx } from "../db/client";
import type { NewEvent } from "../provenance/append-event";

export interface MoveReport {
  placed: number;
  orphaned: number;
  events: Omit<NewEvent, "projectId">[];
}

export async function moveAnnotations(
  tx: Tx,
  options: { projectId: string; actorId: string; from: { id: string; text: string }; to: { id: string; text: string } },
): Promise<MoveReport> {
  const { projectId, actorId, from, to } = options;
  const live = await tx.annotation.findMany({
    where: { projectId, documentId: from.id, deletedAt: null, status: "active" },
    select: { id: true, start: true, end: true, exact: true },
    orderBy: { start: "asc" },
  });
  const results = reanchor(from.text, to.text, live);
  const index = createCodePointIndex(to.text);
  const report: MoveReport = { placed: 0, orphaned: 0, events: [] };
  const anchors = [];
  const now = new Date();
  for (const [i, a] of live.entries()) {
    const r = results[i]!;
    if (r.status === "placed") {
      const span = describeSpan(to.text, r.start, r.end, index);
      anchors.push({ projectId, annotationId: a.id, documentId: to.id, ...span, confidence: r.confidence, method: r.method, createdById: actorId });
      await tx.annotation.update({ where: { id: a.id }, data: { documentId: to.id, ...span, updatedAt: now } });
      report.placed += 1;
      report.events.push({
        actorId,
        type: "annotation.reanchored",
        subjectType: "annotation",
        subjectId: a.id,
        data: { before: { documentId: from.id, start: a.start, end: a.end, exact: a.exact }, after: { documentId: to.id, start: span.start, end: span.end, exact: span.exact }, confidence: r.confidence, method: r.method },
      });
    } else {
      const orphan = { fromDocumentId: from.id, toDocumentId: to.id, reason: r.reason, candidates: (r.candidates ?? []).map((c) => ({ ...c })) };
      await tx.annotation.update({ where: { id: a.id }, data: { status: "orphaned", orphan, updatedAt: now } });
      report.orphaned += 1;
      report.events.push({ actorId, type: "annotation.orphaned", subjectType: "annotation", subjectId: a.id, data: { before: { documentId: from.id, start: a.start, end: a.end, exact: a.exact }, orphan } });
    }
  }
  if (anchors.length) await tx.annotationAnchor.createMany({ data: anchors });
  return report;
}
