"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createEntity } from "@/lib/entities/create-entity";
import { ZCreateEntity } from "@/lib/entities/schemas";
import { actionUser } from "../../../_lib/require-user";
import { entityInput } from "./_lib/entity-input";

/** Annotators and above add entities; the new entity's page opens. */
export async function createEntityAction(projectId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(async () => {
    const user = await actionUser();
    const access = await authorizeProject(user.id, projectId, "entity.create");
    const entity = await createEntity(access, ZCreateEntity.parse(entityInput(form)));
    return { status: "ok", data: { id: entity.id } };
  });
  const created = result.data as { id: string } | undefined;
  if (result.status === "ok" && created) redirect(`/projects/${projectId}/entities/${created.id}`);
  return result;
}
