// Who may see the import form: the project's members see the page, and the same gate as the API
// (`authorizeProject(..., "document.create")`) decides whether they get the form or an explanation.
import "server-only";
import { cache } from "react";
import { authorizeProject } from "@/lib/access/authorize-project";
import { minimumRole } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";
import { loadProject } from "../../_lib/load-project";

export const importAccess = cache(async (projectId: string) => {
  const { access, project } = await loadProject(projectId, `/projects/${projectId}/import`);
  try {
    await authorizeProject(access.userId, projectId, "document.create");
    return { project, role: access.role, allowed: true, needs: minimumRole("document.create") };
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") {
      return { project, role: access.role, allowed: false, needs: minimumRole("document.create") };
    }
    throw error;
  }
});
