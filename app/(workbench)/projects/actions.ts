"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { runAction } from "@/app/_lib/run-action";
import { createProject } from "@/lib/projects/create-project";
import { ZCreateProject } from "@/lib/projects/schemas";
import { actionUser } from "../_lib/require-user";

/** Any signed-in person may start a project; they become its first owner. */
export async function createProjectAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(async () => {
    const user = await actionUser();
    const input = ZCreateProject.parse(readForm(form, ["name", "description"], ["description"]));
    const project = await createProject({ userId: user.id, input });
    return { status: "ok", data: { id: project.id } };
  });
  const created = result.data as { id: string } | undefined;
  if (result.status === "ok" && created) redirect(`/projects/${created.id}`);
  return result;
}
