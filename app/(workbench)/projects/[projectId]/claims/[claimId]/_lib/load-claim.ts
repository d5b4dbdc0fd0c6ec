// The claim a page shows, through the project gate, cached per request so that generateMetadata
// and the page share it. A claim of another project, or none, is Next's 404.
import "server-only";
import { cache } from "react";
import { getClaim } from "@/lib/claims/get-claim";
import { orNotFound } from "../../../../../_lib/page-access";
import { loadProject } from "../../../_lib/load-project";

export const loadClaim = cache(async (projectId: string, claimId: string) => {
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/claims/${claimId}`);
  const claim = await orNotFound(getClaim(access, claimId));
  return { access, project, claim };
});
