// Every annotation anchored on one document version, in the compact form the reader loads with the
// page (see span-table.ts). The same rows as `listAnnotations` (including blind annotation: an
// annotator with an open assignment sees only their own), without quotes and notes. `range` keeps
// only the rows starting inside it: the reader page sends its opening's rows with the page and the
// browser asks for the rest after the first highlights are painted.
import type { ProjectAccess } from "../access/authorize-project";
import { visibleAuthor } from "../assignments/annotation-visibility";
import { db } from "../db/client";
import { getUserNames } from "../users/get-user-names";
import type { AnnotationSpanTable, SpanPerson, SpanRow } from "./span-table";

interface Row {
  id: string;
  start: number;
  end: number;
  createdById: string;
}

/** Rows whose start is at least `from` and below `before` (UTF-16 offsets); either end may be open. */
export interface SpanRange {
  from?: number;
  before?: number;
}

export async function listAnnotationSpans(access: ProjectAccess, documentId: string, range: SpanRange = {}): Promise<AnnotationSpanTable> {
  const document = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { lineageId: true } });
  const onlyBy = document ? await visibleAuthor(access, document.lineageId) : undefined;
  // One join in SQL: Prisma's relation filter plus nested select costs two queries and an IN list
  // of every id, ten times slower for 10,000 annotations.
  const [rows, members] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT an."annotationId" AS id, an."start", an."end", a."createdById"
      FROM "AnnotationAnchor" an
      JOIN "Annotation" a ON a."id" = an."annotationId" AND a."projectId" = an."projectId"
      WHERE an."projectId" = ${access.projectId} AND an."documentId" = ${documentId}
        AND a."deletedAt" IS NULL AND a."status" <> 'retired'
        AND (${onlyBy ?? null}::text IS NULL OR a."createdById" = ${onlyBy ?? null}::text)
        AND an."start" >= ${range.from ?? 0} AND (${range.before ?? null}::int IS NULL OR an."start" < ${range.before ?? null}::int)
      ORDER BY an."start", an."annotationId"`,
    // Members are listed even before they annotate, so a live annotation by any of them arrives
    // with a name.
    db().membership.findMany({ where: { projectId: access.projectId }, select: { user: { select: { id: true, name: true } } } }),
  ]);
  const people: SpanPerson[] = members.map((m) => ({ id: m.user.id, name: m.user.name }));
  const indexOf = new Map(people.map((p, i) => [p.id, i]));
  const former = [...new Set(rows.map((r) => r.createdById))].filter((id) => !indexOf.has(id));
  if (former.length) {
    const names = await getUserNames(former);
    for (const id of former) {
      indexOf.set(id, people.length);
      people.push({ id, name: names.get(id) ?? "Former member" });
    }
  }
  return { people, rows: rows.map((r): SpanRow => [r.id, r.start, r.end, indexOf.get(r.createdById) ?? 0]) };
}
