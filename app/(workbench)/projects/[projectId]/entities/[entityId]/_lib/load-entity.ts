// The entity a page shows, through the project gate, cached per request so that generateMetadata
// and the page share it. An entity of another project, or none, is Next's 404.
import "server-only";
import { cache } from "react";
import { getEntity } from "@/lib/entities/get-entity";
import { orNotFound } from "../../../../../_lib/page-access";
import { loadProject } from "../../../_lib/load-project";

export const loadEntity = cache(async (projectId: string, entityId: string) => {
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/entities/${entityId}`);
  const entity = await orNotFound(getEntity(access, entityId));
  return { access, project, entity };
});
