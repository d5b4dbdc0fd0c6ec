// A document and every version of its source, for the versions and orphan pages: through the
// document gate, only under the project it belongs to, cached per request so that
// generateMetadata and the page ask once.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDocument } from "@/lib/documents/get-document";
import { listVersions } from "@/lib/documents/list-versions";
import { getProject } from "@/lib/projects/get-project";
import { documentAccess } from "../../../_lib/page-access";

export const loadLineage = cache(async (projectId: string, documentId: string, from: string) => {
  const access = await documentAccess(documentId, from);
  if (access.projectId !== projectId) notFound();
  const [document, project] = await Promise.all([getDocument(access, documentId), getProject(access)]);
  const versions = await listVersions(access, document.lineageId);
  const newest = versions.at(-1) ?? document;
  return { access, document, project, versions, newest };
});
