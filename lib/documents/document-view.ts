// The API's view of a document row: timestamps as ISO strings, the adder as `createdBy`.
import type { Document } from "../db/generated/client";

export type DocumentRow = Omit<Document, "text"> & { text?: string };

export function documentView(d: DocumentRow) {
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
} as const;
