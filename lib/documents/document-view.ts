// The API's view of a document row: timestamps as ISO strings, the adder as `createdBy`.
import type { Document } from "../db/generated/client";

/** A physical page of a paged source and the range of the text it produced (UTF-16 offsets). */
export interface DocumentPage {
  number: number;
  start: number;
  end: number;
  textLayer?: "text" | "ocr" | "none";
  ocrConfidence?: number;
}

export type DocumentRow = Omit<Document, "text" | "artifactSha256" | "derivation" | "pages" | "capture"> &
  Partial<Pick<Document, "artifactSha256" | "derivation" | "pages" | "capture">> & { text?: string };

/** The artifact's row, when the caller read it (a single document). */
export interface ArtifactInfo {
  mediaType: string;
  bytes: bigint | number;
}

export function documentView(d: DocumentRow, artifact?: ArtifactInfo | null) {
  return {
    id: d.id,
    projectId: d.projectId,
    title: d.title,
    sha256: d.sha256,
    length: d.length,
    version: d.version,
    lineageId: d.lineageId,
    format: d.format,
    sourceUrl: d.sourceUrl,
    publisher: d.publisher,
    author: d.author,
    publishedAt: d.publishedAt,
    language: d.language,
    capturedAt: d.capturedAt.toISOString(),
    createdBy: d.createdById,
    createdAt: d.createdAt.toISOString(),
    artifact: d.artifactSha256 && artifact ? { sha256: d.artifactSha256, mediaType: artifact.mediaType, bytes: Number(artifact.bytes) } : null,
    derivation: (d.derivation ?? null) as { tool: string; version: string } | null,
    pages: (d.pages ?? null) as DocumentPage[] | null,
    capture: (d.capture ?? null) as Record<string, unknown> | null,
    ...(d.text !== undefined ? { text: d.text } : {}),
  };
}

export const documentListSelect = {
  id: true,
  projectId: true,
  title: true,
  sha256: true,
  length: true,
  version: true,
  lineageId: true,
  format: true,
  sourceUrl: true,
  publisher: true,
  author: true,
  publishedAt: true,
  language: true,
  capturedAt: true,
  createdById: true,
  createdAt: true,
  artifactSha256: true,
  derivation: true,
} as const;
