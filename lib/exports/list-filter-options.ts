// What the export page offers to filter by: the claim types, and the project's documents (one per
// source, newest version) and entities by name, at most 500 of each.
import type { ProjectAccess } from "../access/authorize-project";
import { BUILTIN_TYPES } from "../claims/types/builtin";
import { db } from "../db/client";

const LIMIT = 500;

export async function listFilterOptions(access: ProjectAccess) {
  const [custom, documents, entities] = await Promise.all([
    db().claimType.findMany({ where: { projectId: access.projectId }, select: { name: true }, orderBy: { name: "asc" } }),
    // DISTINCT ON in the database: the ORM's `distinct` reads every version of every source and
    // keeps one per lineage in memory (seconds for 100,000 sources), before the limit.
    db().$queryRaw<{ id: string; title: string; version: number }[]>`
      SELECT DISTINCT ON ("lineageId") "id", "title", "version"
      FROM "Document" WHERE "projectId" = ${access.projectId}
      ORDER BY "lineageId", "version" DESC
      LIMIT ${LIMIT}`,
    db().entity.findMany({ where: { projectId: access.projectId, mergedIntoId: null }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" }, take: LIMIT }),
  ]);
  return {
    types: [...Object.keys(BUILTIN_TYPES), ...custom.map((t) => t.name)],
    documents: documents.sort((a, b) => a.title.localeCompare(b.title)),
    entities,
    truncated: documents.length === LIMIT || entities.length === LIMIT,
  };
}
export type FilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;
