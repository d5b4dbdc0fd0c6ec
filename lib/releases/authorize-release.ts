// A release lives in a project: resolve it through the caller's membership in the same query,
// so an outsider (or a token scoped elsewhere) finds nothing, then check the role.
import { authorizeProject, type Caller, callerUserId, type ProjectAccess } from "../access/authorize-project";
import type { Action } from "../access/permissions";
import { db } from "../db/client";
import { notFound } from "../errors";

export async function authorizeRelease(caller: Caller, releaseId: string, action: Action): Promise<ProjectAccess> {
  const rows = await db().$queryRaw<{ projectId: string }[]>`
    SELECT r."projectId" FROM "Release" r JOIN "Membership" m ON m."projectId" = r."projectId" AND m."userId" = ${callerUserId(caller)}
    WHERE r.id = ${releaseId}`;
  const projectId = rows[0]?.projectId;
  if (!projectId) throw notFound("release");
  return authorizeProject(caller, projectId, action, "release");
}
