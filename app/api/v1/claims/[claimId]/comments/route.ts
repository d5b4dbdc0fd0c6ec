import { authorizeClaim } from "@/lib/access/authorize-resource";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { claimComments } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

export const GET = handle(claimComments.list, async ({ actor, params: { claimId }, query }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  const page = query();
  return json(byCreation.page(await listComments(access, { type: "claim", id: claimId }, byCreation.window(page)), page.limit, (c) => c));
});

export const POST = handle(claimComments.create, async ({ actor, params: { claimId }, body }) => {
  const access = await authorizeClaim(actor, claimId, "comment.create");
  return json(await createComment(access, { type: "claim", id: claimId }, await body()), 201);
});
