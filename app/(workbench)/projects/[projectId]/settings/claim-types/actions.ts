"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createClaimType } from "@/lib/claims/create-claim-type";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { actionUser } from "../../../../_lib/require-user";
import { claimTypeInput, pathErrors } from "./_lib/claim-type-input";

/** Owners define the project's own claim types; the schema is checked here again. */
export async function createClaimTypeAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "claim_type.manage");
    const parsed = ZCreateClaimType.safeParse(claimTypeInput(form));
    if (!parsed.success) return { status: "error", message: "Check the fields marked below.", fieldErrors: pathErrors(parsed.error.issues) };
    const created = await createClaimType(access, parsed.data);
    revalidatePath(`/projects/${projectId}/settings/claim-types`);
    return { status: "ok", message: `Added the claim type “${created.name}”. Claims of this type can now be made in the reader and through the API.` };
  });
}
