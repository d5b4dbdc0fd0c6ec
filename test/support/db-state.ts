// Snapshots of what a project holds in the database, to prove that a rejected
// request wrote nothing. Scoped by id, so tests running in parallel do not disturb the counts.
import { db } from "@/lib/db/client";

export interface ProjectState {
  memberships: string[];
  documents: number;
  events: number;
  headHash: string | null;
}

/** The project's members with their roles, its document and event counts, and the chain's head. */
export async function projectState(projectId: string): Promise<ProjectState> {
  const [memberships, documents, events, head] = await Promise.all([
    db().membership.findMany({ where: { projectId }, orderBy: { userId: "asc" }, select: { userId: true, role: true } }),
    db().document.count({ where: { projectId } }),
    db().event.count({ where: { projectId } }),
    db().event.findFirst({ where: { projectId }, orderBy: { seq: "desc" }, select: { hash: true } }),
  ]);
  return {
    memberships: memberships.map((m) => `${m.userId}:${m.role}`),
    documents,
    events,
    headHash: head?.hash ?? null,
  };
}
