// A document's text and pages, for placing a span on it. Both can never change once the document
// exists (the trigger "Document_text_immutable" refuses it), so a copy kept in this process is never
// stale and needs no invalidation: marking a span on a source costs no round trip for its text. The
// copy proves nothing about access or existence: writers still check the document in their own
// statement. Least recently used texts leave once the copies pass a budget.
import { sql } from "../db/sql";

interface DocumentText {
  projectId: string;
  text: string;
  pages: unknown;
}

/** UTF-16 code units kept per process (about 2 bytes each). */
const BUDGET = 8_000_000;

const holder = globalThis as unknown as { documentTexts?: { byId: Map<string, DocumentText>; size: number } };
const cache = (holder.documentTexts ??= { byId: new Map(), size: 0 });

function remember(id: string, doc: DocumentText): void {
  if (doc.text.length > BUDGET / 4) return;
  cache.byId.set(id, doc);
  cache.size += doc.text.length;
  for (const [oldId, old] of cache.byId) {
    if (cache.size <= BUDGET) break;
    cache.byId.delete(oldId);
    cache.size -= old.text.length;
  }
}

export async function readDocumentText(projectId: string, documentId: string): Promise<{ text: string; pages: unknown } | undefined> {
  const known = cache.byId.get(documentId);
  if (known && known.projectId === projectId) {
    // Most recently used last, so the eviction above drops the least recently used first.
    cache.byId.delete(documentId);
    cache.byId.set(documentId, known);
    return known;
  }
  const [row] = await sql()<{ text: string; pages: unknown }[]>`
    SELECT "text", "pages" FROM "Document" WHERE "id" = ${documentId} AND "projectId" = ${projectId}`;
  if (!row) return undefined;
  if (!known) remember(documentId, { projectId, text: row.text, pages: row.pages });
  return row;
}
