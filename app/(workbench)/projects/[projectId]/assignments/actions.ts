"use server";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { authorizeOwnAssignment } from "@/lib/access/authorize-resource";
import { assignDocument, submitAssignment, ZAssign } from "@/lib/assignments/assign-document";
import { getDocument } from "@/lib/documents/get-document";
import { notFound } from "@/lib/errors";
import { listMembers } from "@/lib/members/list-members";
import { actionUser } from "../../../_lib/require-user";

/** Owners assign a document to an annotator (or above); the lib checks the person's role. */
export async function assignAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "assignment.manage");
    const input = ZAssign.parse(readForm(form, ["documentId", "userId"]));
    await assignDocument(access, input);
    revalidatePath(`/projects/${projectId}/assignments`);
    const [document, members] = await Promise.all([getDocument(access, input.documentId), listMembers(access)]);
    const name = members.find((m) => m.userId === input.userId)?.name ?? "them";
    return { status: "ok", message: `Assigned “${document.title}” to ${name}.` };
  });
}

/** Only the assigned person submits their work; anyone else finds no such assignment. */
export async function submitAssignmentAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const assignmentId = z.string().min(1).max(64).parse(form.get("assignmentId"));
    const access = await authorizeOwnAssignment(user.id, assignmentId, "annotation.create");
    if (access.projectId !== projectId) throw notFound("assignment");
    await submitAssignment(access, assignmentId);
    revalidatePath(`/projects/${projectId}/assignments`);
    return { status: "ok", message: "Submitted. Your work on this document is marked done." };
  });
}
