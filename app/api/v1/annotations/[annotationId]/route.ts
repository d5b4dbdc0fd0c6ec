import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { ZUpdateAnnotation } from "@/lib/annotations/schemas";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

type Params = { annotationId: string };

export const GET = route<Params>(async (req, { annotationId }) => {
  const actor = await authenticate(req);
  const access = await authorizeAnnotation(actor.userId, annotationId, "document.read");
  return json(await getAnnotation(access, annotationId));
});

export const PATCH = route<Params>(async (req, { annotationId }) => {
  const actor = await authenticate(req);
  const access = await authorizeAnnotation(actor.userId, annotationId, "annotation.create");
  const input = await readJson(req, ZUpdateAnnotation);
  return json(await updateAnnotation(access, annotationId, input));
});

export const DELETE = route<Params>(async (req, { annotationId }) => {
  const actor = await authenticate(req);
  const access = await authorizeAnnotation(actor.userId, annotationId, "annotation.create");
  await deleteAnnotation(access, annotationId);
  return noContent();
});
