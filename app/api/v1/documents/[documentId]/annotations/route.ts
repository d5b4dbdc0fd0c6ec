import { authorizeDocument } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { decodeAnnotationCursor, encodeAnnotationCursor, listAnnotations } from "@/lib/annotations/list-annotations";
import { createAnnotation as createAnnotationContract, listAnnotations as listAnnotationsContract } from "@/lib/http/contracts/annotations";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listAnnotationsContract, async ({ actor, params: { documentId }, query }) => {
  const access = await authorizeDocument(actor, documentId, "document.read");
  const { limit, cursor } = query();
  const rows = await listAnnotations(access, documentId, { after: decodeAnnotationCursor(cursor), limit: limit + 1 });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return json({ items, nextCursor: rows.length > limit && last ? encodeAnnotationCursor(last) : null });
});

export const POST = handle(createAnnotationContract, async ({ actor, params: { documentId }, body }) => {
  const access = await authorizeDocument(actor, documentId, "annotation.create");
  return json(await createAnnotation(access, documentId, await body()), 201);
});
