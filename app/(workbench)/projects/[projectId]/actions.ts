"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createDocument } from "@/lib/documents/create-document";
import { actionUser } from "../../_lib/require-user";
import { documentInput, ZDocumentForm } from "./_lib/document-input";

/** Annotators and above add documents; the role is checked here, whatever the page showed. */
export async function createDocumentAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "document.create");
    const input = ZDocumentForm.parse(documentInput(form));
    const document = await createDocument(access, input);
    return { status: "ok", data: { id: document.id } };
  });
  const created = result.data as { id: string } | undefined;
  if (result.status === "ok" && created) redirect(`/projects/${projectId}/documents/${created.id}`);
  return result;
}
