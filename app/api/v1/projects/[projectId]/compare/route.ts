import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { compareClaims, ZCompareQuery } from "@/lib/claims/compare-claims";
import { readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Claims grouped by what they are about, side by side, with their independent origins. */
export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json({ groups: await compareClaims(access, readQuery(req, ZCompareQuery)) });
});
