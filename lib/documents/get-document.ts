import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";
import { notFound } from "../errors";
import { type ArtifactInfo, type DocumentRow, documentView } from "./document-view";

type Row = DocumentRow & { text: string; artifactMediaType: string | null; artifactBytes: string | null };

/**
 * A document with its text and its original file's type and size: one statement, no ORM mapping.
 * `textPrefix`: a text longer than `over` UTF-16 code units comes as its first `chars` characters
 * only (a page that renders a long text's opening and loads the whole beside itself).
 */
export async function getDocument(access: ProjectAccess, documentId: string, options: { textPrefix?: { over: number; chars: number } } = {}) {
  const over = options.textPrefix?.over ?? null;
  const chars = options.textPrefix?.chars ?? null;
  const [d] = await sql()<Row[]>`
    SELECT d."id", d."projectId", d."title",
      CASE WHEN ${over}::int IS NULL OR d."length" <= ${over}::int THEN d."text" ELSE substring(d."text" FROM 1 FOR ${chars}::int) END AS "text", d."sha256", d."length", d."version", d."format", d."sourceUrl", d."publisher",
      d."author", d."publishedAt", d."language", d."capturedAt", d."createdById", d."createdAt", d."lineageId", d."artifactSha256",
      d."derivation", d."pages", d."capture", a."mediaType" AS "artifactMediaType", a."bytes"::text AS "artifactBytes"
    FROM "Document" d LEFT JOIN "Artifact" a ON a."projectId" = d."projectId" AND a."sha256" = d."artifactSha256"
    WHERE d."id" = ${documentId} AND d."projectId" = ${access.projectId}`;
  if (!d) throw notFound("document");
  const artifact: ArtifactInfo | null = d.artifactMediaType !== null && d.artifactBytes !== null ? { mediaType: d.artifactMediaType, bytes: Number(d.artifactBytes) } : null;
  const { artifactMediaType: _type, artifactBytes: _bytes, ...row } = d;
  return documentView(row, artifact);
}
