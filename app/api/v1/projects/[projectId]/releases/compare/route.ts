import { authorizeProject } from "@/lib/access/authorize-project";
import { compareReleases as compareReleasesContract } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { compareReleases } from "@/lib/releases/compare-releases";

export const GET = handle(compareReleasesContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const { base, head } = query();
  return json(await compareReleases(access, base, head));
});
