import { z } from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export const ZEventQuery = z.object({
  after: z.string().regex(/^\d{1,18}$/, "must be an event id").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type TEventQuery = z.infer<typeof ZEventQuery>;

/** The project's event log in order, after a given event id. */
export async function listEvents(access: ProjectAccess, query: TEventQuery) {
  const rows = await db().event.findMany({
    where: { projectId: access.projectId, ...(query.after ? { id: { gt: BigInt(query.after) } } : {}) },
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
