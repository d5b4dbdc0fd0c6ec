import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { newId } from "../ids";
import type { PageBounds } from "../anchoring/page-range";
import { annotationView } from "./annotation-view";
import { insertAnnotations } from "./insert-annotations";
import { locateSpan } from "./locate-span";
import type { TCreateAnnotation } from "./schemas";

/** Annotates a span of the newest version of a document; its first anchor is recorded with it. */
export async function createAnnotation(access: ProjectAccess, documentId: string, input: TCreateAnnotation, options: { id?: string } = {}) {
  const document = await db().document.findFirst({
    where: { id: documentId, projectId: access.projectId },
    select: { id: true, text: true, pages: true },
  });
  if (!document) throw notFound("document");
  // An old version is refused inside the transaction (insertAnnotations), where the check is safe.
  const span = locateSpan(document.text, input);
  const id = options.id ?? newId("ann");
  const [row] = await db().$transaction((tx) => insertAnnotations(tx, access, [{ id, documentId, span, note: input.note ?? null }]));
  if (!row) throw new Error("the annotation was not written");
  return annotationView(row, row, document.pages as PageBounds[] | null);
}
