"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { AppError } from "@/lib/errors";
import { addMember } from "@/lib/members/add-member";
import { removeMember } from "@/lib/members/remove-member";
import { ZAddMember, ZUpdateMember } from "@/lib/members/schemas";
import { updateMemberRole } from "@/lib/members/update-member-role";
import { actionUser } from "../../../_lib/require-user";

async function ownerAccess(projectId: string) {
  const user = await actionUser();
  return authorizeProject(user.id, projectId, "member.manage");
}

export async function addMemberAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const access = await ownerAccess(projectId);
    const member = await addMember(access, ZAddMember.parse(readForm(form, ["email", "role"])));
    revalidatePath(`/projects/${projectId}`, "layout");
    return { status: "ok", message: `Added ${member.name} (${member.email}) as ${member.role}.` };
  });
}

/** One action for the rows of the members table: `intent` is "role" (with `role`) or "remove". */
export async function changeMemberAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  let leftProject = false;
  const result = await runAction(async () => {
    const access = await ownerAccess(projectId);
    const { intent, userId, name } = readForm(form, ["intent", "userId", "name"]);
    if (!userId) throw new AppError("invalid_input", "No member was named.");
    const who = name || "The member";
    if (intent === "remove") {
      await removeMember(access, userId);
      leftProject = userId === access.userId;
      revalidatePath(`/projects/${projectId}`, "layout");
      return { status: "ok", message: `${who} was removed from the project.` };
    }
    if (intent !== "role") throw new AppError("invalid_input", "Unknown change.");
    const updated = await updateMemberRole(access, userId, ZUpdateMember.parse(readForm(form, ["role"])));
    revalidatePath(`/projects/${projectId}`, "layout");
    return { status: "ok", message: `${updated.name} is now ${updated.role}.` };
  });
  if (leftProject) redirect("/projects");
  return result;
}
