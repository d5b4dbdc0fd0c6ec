// What a denied cell must leave untouched: the project's event log (every change in a project
// writes an event), documents, annotations, claims, entities and memberships, and the tokens and
// memberships of every person in the matrix (project creation and token changes live outside it).
import { db } from "@/lib/db/client";
import { projectState } from "../db-state";
import type { World } from "./world";

export async function worldState(w: World) {
  const { owner, reviewer, annotator, viewer, outsider } = w.team;
  const userIds = [owner, reviewer, annotator, viewer, outsider, w.signer].map((u) => u.id);
  const projectId = w.projectId;
  const [project, annotations, claims, entities, liveTokens, projectsJoined] = await Promise.all([
    projectState(projectId),
    db().annotation.count({ where: { projectId, deletedAt: null } }),
    db().claim.count({ where: { projectId } }),
    db().entity.count({ where: { projectId } }),
    db().apiToken.count({ where: { userId: { in: userIds }, revokedAt: null } }),
    db().membership.count({ where: { userId: { in: userIds } } }),
  ]);
  return { ...project, annotations, claims, entities, liveTokens, projectsJoined };
}
