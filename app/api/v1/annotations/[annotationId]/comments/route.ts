import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { annotationComments } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

export const GET = handle(annotationComments.list, async ({ actor, params: { annotationId }, query }) => {
  const access = await authorizeAnnotation(actor, annotationId, "project.read");
  const page = query();
  return json(byCreation.page(await listComments(access, { type: "annotation", id: annotationId }, byCreation.window(page)), page.limit, (c) => c));
});

export const POST = handle(annotationComments.create, async ({ actor, params: { annotationId }, body }) => {
  const access = await authorizeAnnotation(actor, annotationId, "comment.create");
  return json(await createComment(access, { type: "annotation", id: annotationId }, await body()), 201);
});
