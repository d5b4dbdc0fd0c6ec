import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { documentView } from "./document-view";

export async function getDocument(access: ProjectAccess, documentId: string) {
  const d = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId } });
  if (!d) throw notFound("document");
  const artifact = d.artifactSha256
    ? await db().artifact.findUnique({ where: { projectId_sha256: { projectId: access.projectId, sha256: d.artifactSha256 } }, select: { mediaType: true, bytes: true } })
    : null;
  return documentView(d, artifact);
}
