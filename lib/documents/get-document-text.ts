// A document's text and its hash, for answering it on its own (the reader loads it beside its page).
// Only under the project the access names; a document of another project simply does not exist.
import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";
import { notFound } from "../errors";

export async function getDocumentText(access: ProjectAccess, documentId: string): Promise<{ text: string; sha256: string }> {
  const [row] = await sql()<{ text: string; sha256: string }[]>`
    SELECT "text", "sha256" FROM "Document" WHERE "id" = ${documentId} AND "projectId" = ${access.projectId}`;
  if (!row) throw notFound("document");
  return row;
}
