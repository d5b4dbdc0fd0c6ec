// The project a page shows, after the membership check; cached per request so that
// generateMetadata and the page share it.
import "server-only";
import { cache } from "react";
import { getProject } from "@/lib/projects/get-project";
import { projectAccess } from "../../../_lib/page-access";

export const loadProject = cache(async (projectId: string, from: string) => {
  const access = await projectAccess(projectId, from);
  return { access, project: await getProject(access) };
});
