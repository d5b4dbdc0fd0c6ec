import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { documentView } from "./document-view";

export async function getDocument(access: ProjectAccess, documentId: string) {
  const d = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId } });
  if (!d) throw notFound("document");
  return documentView(d);
}
