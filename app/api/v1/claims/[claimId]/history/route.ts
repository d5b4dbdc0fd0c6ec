import { authorizeClaim } from "@/lib/access/authorize-resource";
import { claimHistory } from "@/lib/claims/claim-history";
import { claimHistory as claimHistoryContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { keyset } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

const bySeq = keyset<{ seq: number }>({ field: "seq", of: (e) => e.seq });

export const GET = handle(claimHistoryContract, async ({ actor, params: { claimId }, query }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  const page = query();
  return json(bySeq.page(await claimHistory(access, claimId, bySeq.window(page)), page.limit, (e) => e));
});
