// Which events a reader of the log asks for. Plain schema, no database, so the route contracts
// (and the browser through them) can use it.
import * as z from "zod";
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
