// The one gate into a project. An outsider finds nothing (404); a member whose role does not allow
// the action is refused (403). Resources that live in a project resolve their project here too.
// An API token may be scoped: a project outside its scope is hidden exactly as from an outsider
// (404), and a read-only token is refused anything beyond reading (403). Sessions have no scope.
import type { Role } from "../db/generated/enums";
import { sql } from "../db/sql";
import { AppError, notFound } from "../errors";
import type { TokenScope } from "../tokens/schemas";
import { type AccessTarget, type PrefetchedMembership, prefetchedFor } from "./access-target";
import { type Action, can, isReadAction, minimumRole } from "./permissions";

export interface ProjectAccess {
  projectId: string;
  userId: string;
  role: Role;
}

/**
 * Who asks: a user id (a browser session: pages), or an API actor whose token may be
 * scoped and who may carry the membership read with their credentials for the request's project.
 */
export type Caller = string | { userId: string; scope?: TokenScope | undefined; membership?: PrefetchedMembership | undefined };

export const callerUserId = (caller: Caller): string => (typeof caller === "string" ? caller : caller.userId);

function callerOf(caller: Caller): { userId: string; scope: TokenScope | undefined; membership: PrefetchedMembership | undefined } {
  return typeof caller === "string" ? { userId: caller, scope: undefined, membership: undefined } : { userId: caller.userId, scope: caller.scope, membership: caller.membership };
}

/** The caller's project and role through `target`: read with the credentials, or read now. */
async function membershipThrough(caller: Caller, target: AccessTarget): Promise<{ projectId: string; role: Role } | undefined> {
  const { userId, membership } = callerOf(caller);
  const known = prefetchedFor(membership, target);
  if (known) return known.projectId && known.role ? { projectId: known.projectId, role: known.role } : undefined;
  const [row] =
    target.kind === "project"
      ? await sql()<{ projectId: string; role: Role }[]>`
          SELECT "projectId", "role"::text AS "role" FROM "Membership" WHERE "projectId" = ${target.id} AND "userId" = ${userId}`
      : await sql()<{ projectId: string; role: Role }[]>`
          SELECT m."projectId", m."role"::text AS "role" FROM "Document" d
          JOIN "Membership" m ON m."projectId" = d."projectId" AND m."userId" = ${userId}
          WHERE d."id" = ${target.id}`;
  return row;
}

/** Whether a token scope reaches a project: no project ids means all of its user's projects. */
export function scopeIncludes(scope: TokenScope | undefined, projectId: string): boolean {
  return !scope || scope.projectIds.length === 0 || scope.projectIds.includes(projectId);
}

/** The project ids a caller's scope limits it to, or undefined when it reaches all of its projects. */
export function scopedProjectIds(caller: Caller): string[] | undefined {
  const { scope } = callerOf(caller);
  return scope && scope.projectIds.length > 0 ? scope.projectIds : undefined;
}

function check(access: ProjectAccess, action: Action, scope: TokenScope | undefined): ProjectAccess {
  if (scope?.readOnly && !isReadAction(action)) {
    throw new AppError("forbidden", "This API token is read-only; use a read-write token to make changes.");
  }
  if (!can(access.role, action)) {
    throw new AppError("forbidden", `Your role (${access.role}) cannot do this; it needs ${minimumRole(action)} or above.`);
  }
  return access;
}

/**
 * `what` names the resource in the 404 when the project was reached through one (a claim, an
 * entity), so a token scoped elsewhere gets the very answer an outsider gets.
 */
export async function authorizeProject(caller: Caller, projectId: string, action: Action, what = "project"): Promise<ProjectAccess> {
  const { userId, scope } = callerOf(caller);
  if (!scopeIncludes(scope, projectId)) throw notFound(what);
  const membership = await membershipThrough(caller, { kind: "project", id: projectId });
  if (!membership) throw notFound(what);
  return check({ projectId, userId, role: membership.role }, action, scope);
}

/** Resolves a document's project through the caller's membership in the same query. */
export async function authorizeDocument(caller: Caller, documentId: string, action: Action): Promise<ProjectAccess> {
  const { userId, scope } = callerOf(caller);
  // The caller's membership in the project holding the document (usually read with the credentials).
  const membership = await membershipThrough(caller, { kind: "document", id: documentId });
  if (!membership || !scopeIncludes(scope, membership.projectId)) throw notFound("document");
  return check({ projectId: membership.projectId, userId, role: membership.role }, action, scope);
}

/**
 * For changes outside any project (creating a project, revoking another token): a token limited
 * to some projects or to reading is refused (403); sessions and unrestricted tokens pass.
 */
export function authorizeUnscoped(caller: Caller, doing: string): void {
  const { scope } = callerOf(caller);
  if (scope?.readOnly) throw new AppError("forbidden", `This API token is read-only; it cannot ${doing}.`);
  if (scope && scope.projectIds.length > 0) throw new AppError("forbidden", `This API token is limited to certain projects; it cannot ${doing}.`);
}
