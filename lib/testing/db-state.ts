// Snapshots of what a project (and its creator) hold in the database, to prove that a rejected
// request wrote nothing. Scoped by id, so tests running in parallel do not disturb the counts.
import { db } from "../db/client";

export interface ProjectState {
  projects: number;
  memberships: string[];
  documents: number;
  events: number;
  headHash: string | null;
}

export async function projectState(projectId: string, createdById?: string): Promise<ProjectState> {
  const [projects, memberships, documents, events, head] = await Promise.all([
    db().project.count({ where: createdById ? { createdById } : { id: projectId } }),
    db().membership.findMany({ where: { projectId }, orderBy: { userId: "asc" }, select: { userId: true, role: true } }),
    db().document.count({ where: { projectId } }),
    db().event.count({ where: { projectId } }),
    db().event.findFirst({ where: { projectId }, orderBy: { seq: "desc" }, select: { hash: true } }),
  ]);
  return {
    projects,
    memberships: memberships.map((m) => `${m.userId}:${m.role}`),
    documents,
    events,
    headHash: head?.hash ?? null,
  };
}
