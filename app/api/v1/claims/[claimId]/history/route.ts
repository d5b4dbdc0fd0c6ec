import { authorizeClaim } from "@/lib/access/authorize-resource";
import { claimHistory } from "@/lib/claims/claim-history";
import { claimHistory as claimHistoryContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(claimHistoryContract, async ({ actor, params: { claimId } }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  return json({ items: await claimHistory(access, claimId), nextCursor: null });
});
