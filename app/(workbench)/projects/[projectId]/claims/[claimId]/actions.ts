"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { submitClaim } from "@/lib/claims/submit-claim";
import { actionUser } from "../../../../_lib/require-user";

/** The author hands a draft (or a claim sent back for changes) to review; lib checks who and when. */
export async function submitClaimAction(projectId: string, claimId: string, _state: FormState, _form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "claim.create");
    const claim = await submitClaim(access, claimId);
    revalidatePath(`/projects/${projectId}/claims`, "layout");
    return { status: "ok", message: `Submitted for review as version ${claim.version}.` };
  });
}
