"use server";
// Turning down a span the reader proposed: the decision is recorded with who made it.
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { ZRejectSuggestion } from "@/lib/suggestions/schemas";
import { rejectSuggestion } from "@/lib/suggestions/reject-suggestion";
import { actionUser } from "../../../../_lib/require-user";

export async function rejectSuggestionAction(projectId: string, input: unknown): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "annotation.create");
    await rejectSuggestion(access, ZRejectSuggestion.parse(input));
    return { status: "ok", message: "Suggestion rejected." };
  });
}
