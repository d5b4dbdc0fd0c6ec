// The comment thread's calls to the public API, through the typed client: a subject's whole
// thread (every page of it), and a new comment or reply followed by the thread as it now stands.
import { callApi } from "@/app/_lib/api/call-api";
import type { ApiFailure } from "@/app/_lib/api-error";
import type { TCreateComment } from "@/lib/comments/schemas";
import { type ThreadComment, threadComments } from "@/lib/comments/thread-comments";
import { annotationComments, claimComments } from "@/lib/http/contracts/reviews";

export interface CommentSubjectRef {
  type: "claim" | "annotation";
  id: string;
}

export type ThreadResult = { ok: true; thread: ThreadComment[] } | { ok: false; failure: ApiFailure };

type Page = { items: { id: string; parentId: string | null; author: string; authorName: string; body: string; createdAt: string }[]; nextCursor: string | null };

function listPage(subject: CommentSubjectRef, cursor: string | undefined) {
  const query = { limit: 500, cursor };
  return subject.type === "claim"
    ? callApi(claimComments.list, { params: { claimId: subject.id }, query })
    : callApi(annotationComments.list, { params: { annotationId: subject.id }, query });
}

export async function loadThread(subject: CommentSubjectRef): Promise<ThreadResult> {
  const flat: Page["items"] = [];
  let cursor: string | undefined;
  do {
    const page = await listPage(subject, cursor);
    if (!page.ok) return page;
    flat.push(...(page.data as Page).items);
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
  return { ok: true, thread: threadComments(flat.map((c) => ({ id: c.id, parentId: c.parentId, authorId: c.author, authorName: c.authorName, body: c.body, createdAt: c.createdAt }))) };
}

export async function postComment(subject: CommentSubjectRef, input: TCreateComment): Promise<ThreadResult> {
  const posted =
    subject.type === "claim"
      ? await callApi(claimComments.create, { params: { claimId: subject.id }, body: input })
      : await callApi(annotationComments.create, { params: { annotationId: subject.id }, body: input });
  return posted.ok ? loadThread(subject) : posted;
}
