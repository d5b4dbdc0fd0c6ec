// Independent double annotation: while a blind project's document still has assigned annotators
// who have not submitted, an annotator sees only their own annotations on it. Reviewers and owners
// see everything; once every assignee submitted, everyone does.
import type { ProjectAccess } from "../access/authorize-project";
import { can } from "../access/permissions";
import type postgres from "postgres";
import { db } from "../db/client";
import { sql } from "../db/sql";

export async function visibleAuthor(access: ProjectAccess, lineageId: string): Promise<string | undefined> {
  if (can(access.role, "annotation.see_blind")) return undefined;
  const project = await db().project.findUnique({ where: { id: access.projectId }, select: { blindAnnotation: true } });
  if (!project?.blindAnnotation) return undefined;
  const open = await db().assignment.count({ where: { projectId: access.projectId, lineageId, submittedAt: null } });
  return open > 0 ? access.userId : undefined;
}

/**
 * The same rule as one SQL condition, for statements that read annotations in one round trip: true
 * when `access` sees only its own annotations on the lineage `lineageId` (a column or value).
 */
export function seesOnlyOwnSql(access: ProjectAccess, lineageId: postgres.Fragment): postgres.Fragment {
  if (can(access.role, "annotation.see_blind")) return sql()`false`;
  return sql()`(
    coalesce((SELECT p."blindAnnotation" FROM "Project" p WHERE p."id" = ${access.projectId}), false)
    AND EXISTS (SELECT 1 FROM "Assignment" s WHERE s."projectId" = ${access.projectId} AND s."lineageId" = ${lineageId} AND s."submittedAt" IS NULL))`;
}
