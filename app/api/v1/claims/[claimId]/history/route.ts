import { authorizeClaim } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { claimHistory } from "@/lib/claims/claim-history";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "project.read");
  return json({ items: await claimHistory(access, claimId), nextCursor: null });
});
