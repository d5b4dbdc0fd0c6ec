// A release's log-proofs.jsonl: one line per released claim, {claimId, events: [{seq, leafIndex,
// auditPath, event}]}, proving every event of the claim's history against the release's signed head.
// `event` is the leaf's content exactly as /events returns it, so a reader recomputes the leaf.
// Events are read in the export's snapshot, up to the last seq that snapshot saw.
import type { CompiledFilter } from "../exports/export-sql";
import { claimIdsSql } from "../exports/export-sql";
import type { ExportSession } from "../exports/export-session";
import { isoText, literal } from "../exports/sql-text";
import { leafContent, type LeafEvent } from "../log/leaf-input";
import { auditPaths } from "../log/prove-many";

type EventRow = LeafEvent;

/** The highest seq the snapshot sees: the head a release uses must cover it. */
export async function snapshotLastSeq(session: ExportSession, projectId: string): Promise<number> {
  const [row] = await session.query<{ seq: number }>(`SELECT coalesce(max("seq"), 0)::int AS "seq" FROM "Event" WHERE "projectId" = ${literal(projectId)}`);
  return row?.seq ?? 0;
}

export async function* logProofLines(session: ExportSession, compiled: CompiledFilter, treeSize: number, lastSeq: number): AsyncIterable<Uint8Array> {
  const query = `SELECT e."projectId", e."seq", e."actorId", e."type", e."subjectType", e."subjectId", e."data",
      ${isoText('e."createdAt"')} AS "createdAt"
    FROM "Event" e
    WHERE e."projectId" = ${literal(compiled.projectId)} AND e."subjectType" = 'claim' AND e."seq" <= ${Math.min(treeSize, lastSeq)}
      AND e."subjectId" IN (${claimIdsSql(compiled)})
    ORDER BY e."subjectId", e."seq"`;
  let claimId: string | null = null;
  let events: EventRow[] = [];
  const flush = async function* (rows: EventRow[]) {
    const paths = await auditPaths(compiled.projectId, rows.map((e) => e.seq - 1), treeSize);
    const byClaim = new Map<string, EventRow[]>();
    for (const e of rows) byClaim.set(e.subjectId, [...(byClaim.get(e.subjectId) ?? []), e]);
    let text = "";
    for (const [id, list] of byClaim) {
      text += `${JSON.stringify({ claimId: id, events: list.map((e) => ({ seq: e.seq, leafIndex: e.seq - 1, auditPath: paths.get(e.seq - 1)!, event: leafContent(e) })) })}\n`;
    }
    if (text) yield new TextEncoder().encode(text);
  };
  for await (const batch of session.cursor<EventRow>(query, 2000)) {
    for (const e of batch) {
      if (e.subjectId !== claimId && events.length >= 2000) {
        yield* flush(events);
        events = [];
      }
      claimId = e.subjectId;
      events.push(e);
    }
  }
  if (events.length > 0) yield* flush(events);
}
