import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { TEventQuery } from "./event-query";

export { ZEventQuery, type TEventQuery } from "./event-query";

/** The project's event log in order, after a given event id. */
export async function listEvents(access: ProjectAccess, query: TEventQuery) {
  const after = query.cursor ?? query.after;
  const rows = await db().event.findMany({
    where: { projectId: access.projectId, ...(after ? { id: { gt: BigInt(after) } } : {}) },
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit).map((e) => ({
    id: e.id.toString(),
    seq: e.seq,
    type: e.type,
    actorId: e.actorId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
    prevHash: e.prevHash,
    hash: e.hash,
  }));
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}
