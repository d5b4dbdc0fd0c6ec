// The project a page shows, after the membership check; cached per request so that
// generateMetadata and the page share it. The project is read beside the gate, by a query that
// itself finds nothing for a non-member, and is shown only once the gate has let the user in.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getMemberProject } from "@/lib/projects/get-member-project";
import { projectAccess } from "../../../_lib/page-access";
import { sessionUserId } from "../../../_lib/require-user";

export const loadProject = cache(async (projectId: string, from: string) => {
  const userId = await sessionUserId();
  const [access, project] = await Promise.all([projectAccess(projectId, from), userId ? getMemberProject(userId, projectId) : null]);
  // Between the two statements the membership can only have ended: as if it had before.
  if (!project) notFound();
  return { access, project: { ...project, role: access.role } };
});
