// What the compare view asks for: one claim type, optionally one entity and one status. Plain
// schema, no database, so the route contracts (and the browser through them) can use it.
import { z } from "zod";
import { CLAIM_STATUSES } from "./schemas";

export const ZCompareQuery = z.object({
  type: z.string().min(1).max(64).default("victim_count"),
  entityId: z.string().min(1).max(64).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;
