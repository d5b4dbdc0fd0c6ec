"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { RELIABILITY_LABELS } from "@/lib/entities/schemas";
import { updateEntity } from "@/lib/entities/update-entity";
import { actionUser } from "../../../../_lib/require-user";
import { mergeInput, reliabilityInput, ZMergeForm, ZReliabilityForm } from "./_lib/entity-forms";

/** Judging a source's reliability is for reviewers and above, whatever the page showed. */
export async function setReliabilityAction(projectId: string, entityId: string, _state: FormState, form: FormData): Promise<FormState> {
  return runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "source.evaluate");
    const { reliability } = ZReliabilityForm.parse(reliabilityInput(form));
    await updateEntity(access, entityId, { reliability });
    revalidatePath(`/projects/${projectId}/entities/${entityId}`);
    return { status: "ok", message: reliability ? `Reliability set to ${reliability}: ${RELIABILITY_LABELS[reliability]}.` : "Reliability cleared." };
  });
}

/**
 * Records that this entity and the chosen one are the same. `keep` says whose name stays: the
 * other is merged into it (its names become aliases, its claims follow).
 */
export async function mergeEntityAction(projectId: string, entityId: string, _state: FormState, form: FormData): Promise<FormState> {
  let goTo: string | null = null;
  const result = await runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "entity.merge");
    const { other, keep, note } = ZMergeForm.parse(mergeInput(form));
    const [merged, survivor] = keep === "this" ? [other, entityId] : [entityId, other];
    const kept = await mergeEntities(access, merged, { into: survivor, ...(note ? { note } : {}) });
    revalidatePath(`/projects/${projectId}/entities`, "layout");
    if (keep === "other") goTo = `/projects/${projectId}/entities/${kept.id}`;
    return { status: "ok", message: `Merged: “${kept.name}” now stands for both.` };
  });
  if (goTo) redirect(goTo);
  return result;
}
