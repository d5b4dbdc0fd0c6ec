import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import * as contracts from "@/lib/http/contracts/annotations";
import { handle } from "@/lib/http/handle";
import { json, noContent } from "@/lib/http/respond";

export const GET = handle(contracts.getAnnotation, async ({ actor, params: { annotationId } }) => {
  const access = await authorizeAnnotation(actor, annotationId, "document.read");
  return json(await getAnnotation(access, annotationId));
});

export const PATCH = handle(contracts.updateAnnotation, async ({ actor, params: { annotationId }, body }) => {
  const access = await authorizeAnnotation(actor, annotationId, "annotation.create");
  return json(await updateAnnotation(access, annotationId, await body()));
});

export const DELETE = handle(contracts.deleteAnnotation, async ({ actor, params: { annotationId } }) => {
  const access = await authorizeAnnotation(actor, annotationId, "annotation.create");
  await deleteAnnotation(access, annotationId);
  return noContent();
});
