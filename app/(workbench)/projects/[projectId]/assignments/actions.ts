"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { assignDocument, ZAssign } from "@/lib/assignments/assign-document";
import { getDocument } from "@/lib/documents/get-document";
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
