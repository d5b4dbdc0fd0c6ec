import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { annotationComments } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(annotationComments.list, async ({ actor, params: { annotationId } }) => {
  const access = await authorizeAnnotation(actor, annotationId, "project.read");
  return json({ items: await listComments(access, { type: "annotation", id: annotationId }), nextCursor: null });
});

export const POST = handle(annotationComments.create, async ({ actor, params: { annotationId }, body }) => {
  const access = await authorizeAnnotation(actor, annotationId, "comment.create");
  return json(await createComment(access, { type: "annotation", id: annotationId }, await body()), 201);
});
