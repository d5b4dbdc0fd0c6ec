// Claims and entities live in a project: resolve it through the caller's membership in the same
// query, so an outsider finds nothing (404), then check the role through the one gate.
import { db } from "../db/client";
import { notFound } from "../errors";
import { authorizeProject, type Caller, callerUserId, type ProjectAccess } from "./authorize-project";
import type { Action } from "./permissions";


async function projectOfClaim(userId: string, id: string) {
  const rows = await db().$queryRaw<{ projectId: string }[]>`
    SELECT c."projectId" FROM "Claim" c JOIN "Membership" m ON m."projectId" = c."projectId" AND m."userId" = ${userId}
    WHERE c.id = ${id}`;
  return rows[0]?.projectId;
}

async function projectOfEntity(userId: string, id: string) {
  const rows = await db().$queryRaw<{ projectId: string }[]>`
    SELECT e."projectId" FROM "Entity" e JOIN "Membership" m ON m."projectId" = e."projectId" AND m."userId" = ${userId}
    WHERE e.id = ${id}`;
  return rows[0]?.projectId;
}

export async function authorizeClaim(caller: Caller, claimId: string, action: Action): Promise<ProjectAccess> {
  const projectId = await projectOfClaim(callerUserId(caller), claimId);
  if (!projectId) throw notFound("claim");
  return authorizeProject(caller, projectId, action, "claim");
}

export async function authorizeEntity(caller: Caller, entityId: string, action: Action): Promise<ProjectAccess> {
  const projectId = await projectOfEntity(callerUserId(caller), entityId);
  if (!projectId) throw notFound("entity");
  return authorizeProject(caller, projectId, action, "entity");
}


/** An assignment is visible to the person it is for; anyone else finds nothing. */
export async function authorizeOwnAssignment(caller: Caller, assignmentId: string, action: Action): Promise<ProjectAccess> {
  const row = await db().assignment.findFirst({ where: { id: assignmentId, userId: callerUserId(caller) }, select: { projectId: true } });
  if (!row) throw notFound("assignment");
  return authorizeProject(caller, row.projectId, action, "assignment");
}

/** A background job is visible to its project's members; anyone else finds nothing. */
export async function authorizeJob(caller: Caller, jobId: string, action: Action): Promise<ProjectAccess> {
  const rows = await db().$queryRaw<{ projectId: string }[]>`
    SELECT j."projectId" FROM "SourceJob" j JOIN "Membership" m ON m."projectId" = j."projectId" AND m."userId" = ${callerUserId(caller)}
    WHERE j.id = ${jobId}`;
  const projectId = rows[0]?.projectId;
  if (!projectId) throw notFound("job");
  return authorizeProject(caller, projectId, action, "job");
}
