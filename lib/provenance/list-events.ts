import { z } from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { ZListQuery } from "../http/pagination";

const EventId = z.string().regex(/^\d{1,18}$/, "must be an event id");

// `after` (an event id) and `cursor` (the `nextCursor` of the page before, which is also an event
// id) mean the same: the general list convention and the log's own both work.
export const ZEventQuery = z
  .object({
    after: EventId.optional().describe("An event id: the events after it."),
    limit: ZListQuery.shape.limit,
    cursor: EventId.optional().describe("`nextCursor` of the page before (an event id, so the same as `after`)."),
  })
  .refine((q) => q.after === undefined || q.cursor === undefined || q.after === q.cursor, {
    path: ["cursor"],
    message: "Give `after` or `cursor`, not two different ones",
  });
export type TEventQuery = z.infer<typeof ZEventQuery>;

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
