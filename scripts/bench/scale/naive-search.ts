// The baseline a search is measured against in the same run: every match ranked the plain way,
// Postgres' cover-density rank over each matching row's search vector (what the GIN index finds,
// then read and ranked row by row), the best 51 of each kind, the kinds at once as the search does.
// It ranks every match too, so it answers the same question; it reads every match's text to do so.
import { db } from "../../../lib/db/client";
import { Prisma } from "../../../lib/db/generated/client";
import { tsquery } from "../../../lib/search/tsquery";

/** One more than the search's default page (50 hits), as the search itself reads of each kind. */
const LIMIT = 51;

function best(table: string, visible: string, projectId: string, q: string) {
  return db().$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT t.id FROM ${Prisma.raw(`"${table}"`)} t
    WHERE t."projectId" = ${projectId} AND t."searchVector" @@ ${tsquery(q)} ${Prisma.raw(visible)}
    ORDER BY ts_rank_cd(t."searchVector", ${tsquery(q)}) DESC, t.id LIMIT ${LIMIT}`);
}

export async function naiveSearch(projectId: string, q: string): Promise<number> {
  const results = await Promise.all([
    best("Document", `AND NOT EXISTS (SELECT 1 FROM "Document" n WHERE n."projectId" = t."projectId" AND n."lineageId" = t."lineageId" AND n.version > t.version)`, projectId, q),
    best("Annotation", `AND t."deletedAt" IS NULL AND t.status = 'active'`, projectId, q),
    best("Claim", "", projectId, q),
    best("Entity", `AND t."mergedIntoId" IS NULL`, projectId, q),
  ]);
  return results.reduce((n, r) => n + r.length, 0);
}
