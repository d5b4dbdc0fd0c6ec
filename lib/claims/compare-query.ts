// What the compare view asks for: one claim type, optionally one entity and one status. Plain
// schema, no database, so the route contracts (and the browser through them) can use it.
import * as z from "zod";
import { CLAIM_STATUSES } from "./schemas";
import { DEFAULT_COMPARE_TYPE } from "./types/builtin";

export const ZCompareQuery = z.object({
  type: z.string().min(1).max(64).default(DEFAULT_COMPARE_TYPE),
  entityId: z.string().min(1).max(64).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;
