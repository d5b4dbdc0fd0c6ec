import { authorizeProject } from "@/lib/access/authorize-project";
import { compareClaims } from "@/lib/claims/compare-claims";
import { compareClaims as compareClaimsContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Claims grouped by what they are about, side by side, with their independent origins. */
export const GET = handle(compareClaimsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json({ groups: await compareClaims(access, query()) });
});
