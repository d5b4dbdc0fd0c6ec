import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";
import { notFound } from "../errors";
import { type ArtifactInfo, type DocumentRow, documentView } from "./document-view";

type Row = DocumentRow & { text: string; artifactMediaType: string | null; artifactBytes: string | null };

/** A document with its text and its original file's type and size: one statement, no ORM mapping. */
export async function getDocument(access: ProjectAccess, documentId: string) {
  const [d] = await sql()<Row[]>`
    SELECT d."id", d."projectId", d."title", d."text", d."sha256", d."length", d."version", d."format", d."sourceUrl", d."publisher",
      d."author", d."publishedAt", d."language", d."capturedAt", d."createdById", d."createdAt", d."lineageId", d."artifactSha256",
      d."derivation", d."pages", d."capture", a."mediaType" AS "artifactMediaType", a."bytes"::text AS "artifactBytes"
    FROM "Document" d LEFT JOIN "Artifact" a ON a."projectId" = d."projectId" AND a."sha256" = d."artifactSha256"
    WHERE d."id" = ${documentId} AND d."projectId" = ${access.projectId}`;
  if (!d) throw notFound("document");
  const artifact: ArtifactInfo | null = d.artifactMediaType !== null && d.artifactBytes !== null ? { mediaType: d.artifactMediaType, bytes: Number(d.artifactBytes) } : null;
  const { artifactMediaType: _type, artifactBytes: _bytes, ...row } = d;
  return documentView(row, artifact);
}
