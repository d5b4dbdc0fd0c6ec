import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";

/** Every event that touched the claim, oldest first. */
export async function claimHistory(access: ProjectAccess, claimId: string, window?: ListWindow) {
  const events = await db().event.findMany({
    where: { projectId: access.projectId, subjectType: "claim", subjectId: claimId, ...window?.where },
    orderBy: window?.orderBy ?? { seq: "asc" },
    take: window?.take,
  });
  return events.map((e) => ({
    id: e.id.toString(),
    seq: e.seq,
    type: e.type,
    actorId: e.actorId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
    hash: e.hash,
  }));
}
