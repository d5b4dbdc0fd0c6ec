import { z } from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { AppError } from "../errors";
import { reviewClaim } from "./review-claim";
import { ZReview } from "./schemas";

export const ZBulkReview = z
  .object({ claimIds: z.array(z.string().min(1).max(64)).min(1).max(200), review: ZReview })
  .strict()
  .refine((b) => new Set(b.claimIds).size === b.claimIds.length, { message: "lists a claim twice", path: ["claimIds"] });
export type TBulkReview = z.infer<typeof ZBulkReview>;

/**
 * One decision applied to many claims, each in its own transaction with its own event, so one
 * refused claim (say, the reviewer's own) does not undo the others; the answer says which did what.
 */
export async function reviewMany(access: ProjectAccess, input: TBulkReview) {
  const results = [];
  for (const claimId of input.claimIds) {
    try {
      const { claim } = await reviewClaim(access, claimId, input.review);
      results.push({ claimId, ok: true as const, status: claim.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ claimId, ok: false as const, error: { code: error.code, message: error.message } });
    }
  }
  return { results, applied: results.filter((r) => r.ok).length };
}
