// A paged document's layout: what the page view needs to draw its highlights and turn selections
// on the page into offsets of the text. Read under the document's project; a document without one
// (text, HTML, a web capture) answers not found. The stored JSON is checked again on the way out,
// so a damaged row is an error, never a wrong highlight.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { type TPdfLayout, ZPdfLayout } from "../pdf-view/pdf-layout";

export async function getDocumentLayout(access: ProjectAccess, documentId: string): Promise<TPdfLayout> {
  const row = await db().documentLayout.findFirst({ where: { projectId: access.projectId, documentId }, select: { layout: true } });
  if (!row) throw notFound("layout");
  const parsed = ZPdfLayout.safeParse(row.layout);
  if (!parsed.success) throw new Error(`The stored layout of ${documentId} is not a page layout: ${parsed.error.message}`);
  return parsed.data;
}

/** The layout when the document has one, else null (the reader page asks for every document). */
export async function findDocumentLayout(access: ProjectAccess, documentId: string): Promise<TPdfLayout | null> {
  try {
    return await getDocumentLayout(access, documentId);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") return null;
    throw e;
  }
}
