// The comment routes of a claim or an annotation: the same two handlers over a different gate.
import type { ProjectAccess } from "@/lib/access/authorize-project";
import type { Action } from "@/lib/access/permissions";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { ZCreateComment, type CommentSubject } from "@/lib/comments/schemas";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

type Authorize = (userId: string, id: string, action: Action) => Promise<ProjectAccess>;

export function commentRoutes<K extends string>(type: CommentSubject["type"], param: K, authorize: Authorize) {
  type Params = Record<K, string>;
  return {
    GET: route<Params>(async (req, params) => {
      const actor = await authenticate(req);
      const access = await authorize(actor.userId, params[param], "project.read");
      return json({ items: await listComments(access, { type, id: params[param] }), nextCursor: null });
    }),
    POST: route<Params>(async (req, params) => {
      const actor = await authenticate(req);
      const access = await authorize(actor.userId, params[param], "comment.create");
      const input = await readJson(req, ZCreateComment);
      return json(await createComment(access, { type, id: params[param] }, input), 201);
    }),
  };
}
