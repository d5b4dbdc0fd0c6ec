import type { ProjectAccess } from "../access/authorize-project";
import { AppError } from "../errors";
import { reviewClaim } from "./review-claim";
import type { TBulkReview } from "./schemas";

export { ZBulkReview, type TBulkReview } from "./schemas";

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
