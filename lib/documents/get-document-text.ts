// A document's text and its hash, for answering it on its own (the reader loads it beside its page).
// Only under the project the access names; a document of another project simply does not exist.
// A caller who already holds the text (`held`: the sha256 they have) gets only the hash back, so
// revalidating a cached copy reads no text.
import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";
import { notFound } from "../errors";

export async function getDocumentText(access: ProjectAccess, documentId: string, held?: string): Promise<{ sha256: string; text: string | null }> {
  const [row] = await sql()<{ sha256: string; text: string | null }[]>`
    SELECT "sha256", CASE WHEN "sha256" = ${held ?? null}::text THEN NULL ELSE "text" END AS "text"
    FROM "Document" WHERE "id" = ${documentId} AND "projectId" = ${access.projectId}`;
  if (!row) throw notFound("document");
  return row;
}
