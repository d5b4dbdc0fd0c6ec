// A document and every version of its source, for the versions and orphan pages: through the
// document gate, only under the project it belongs to, cached per request so that
// generateMetadata and the page ask once.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDocument } from "@/lib/documents/get-document";
import { listVersions } from "@/lib/documents/list-versions";
import { getMemberProject } from "@/lib/projects/get-member-project";
import { documentAccess } from "../../../_lib/page-access";
import { sessionUserId } from "../../../_lib/require-user";

export const loadLineage = cache(async (projectId: string, documentId: string, from: string) => {
  const userId = await sessionUserId();
  // The project (members only) is read beside the gate; the document once it has let the user in.
  const [access, project] = await Promise.all([documentAccess(documentId, from), userId ? getMemberProject(userId, projectId) : null]);
  if (access.projectId !== projectId || !project) notFound();
  const document = await getDocument(access, documentId);
  const versions = await listVersions(access, document.lineageId);
  const newest = versions.at(-1) ?? document;
  return { access, document, project, versions, newest };
});
