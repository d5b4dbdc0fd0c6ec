"use server";
// Server actions of the comment thread: the subject (a claim or an annotation) is resolved through
// the caller's membership, as the API does, and must belong to the project the page shows.
import * as z from "zod";
import { errorState } from "@/app/_lib/run-action";
import type { FormState } from "@/app/_lib/form-state";
import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import type { Action } from "@/lib/access/permissions";
import { authorizeClaim } from "@/lib/access/authorize-resource";
import { createComment } from "@/lib/comments/create-comment";
import { listCommentThread, type ThreadComment } from "@/lib/comments/list-comment-thread";
import { ZCreateComment } from "@/lib/comments/schemas";
import { notFound } from "@/lib/errors";
import { actionUser } from "../../../_lib/require-user";

const ZSubject = z.object({ type: z.enum(["claim", "annotation"]), id: z.string().min(1).max(64) }).strict();
export type CommentSubjectInput = z.infer<typeof ZSubject>;

async function subjectAccess(projectId: string, raw: unknown, action: Action) {
  const subject = ZSubject.parse(raw);
  const user = await actionUser();
  const authorize = subject.type === "claim" ? authorizeClaim : authorizeAnnotation;
  const access = await authorize(user.id, subject.id, action);
  if (access.projectId !== projectId) throw notFound(subject.type);
  return { access, subject };
}

export async function loadCommentsAction(projectId: string, subject: CommentSubjectInput): Promise<FormState<ThreadComment[]>> {
  try {
    const { access } = await subjectAccess(projectId, subject, "project.read");
    return { status: "ok", data: await listCommentThread(access, subject), at: Date.now() };
  } catch (error) {
    return errorState(error);
  }
}

export async function postCommentAction(projectId: string, subject: CommentSubjectInput, input: unknown): Promise<FormState<ThreadComment[]>> {
  try {
    const { access } = await subjectAccess(projectId, subject, "comment.create");
    await createComment(access, subject, ZCreateComment.parse(input));
    return { status: "ok", message: "Comment posted.", data: await listCommentThread(access, subject), at: Date.now() };
  } catch (error) {
    return errorState(error);
  }
}
