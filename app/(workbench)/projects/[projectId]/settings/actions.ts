"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { updateProject } from "@/lib/projects/update-project";
import { actionUser } from "../../../_lib/require-user";
import { settingsInput, ZSettingsForm } from "./_lib/settings-input";

/** Owners change the name, description and review settings; the role is checked here. */
export async function updateSettingsAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "project.update");
    const project = await updateProject(access, ZSettingsForm.parse(settingsInput(form)));
    revalidatePath(`/projects/${projectId}`, "layout");
    const { requiredApprovals, blindAnnotation } = project.settings;
    return {
      status: "ok",
      message: `Saved. Claims now need ${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"}; blind double annotation is ${blindAnnotation ? "on" : "off"}.`,
    };
  });
}
