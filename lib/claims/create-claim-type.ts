import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { BUILTIN_TYPES } from "./types/builtin";
import { customTypeDefinition, type TCreateClaimType } from "./types/custom";
import { claimTypeView } from "./types/resolve-claim-type";

export async function createClaimType(access: ProjectAccess, input: TCreateClaimType) {
  if (BUILTIN_TYPES[input.name]) throw new AppError("conflict", `"${input.name}" is a built-in type.`);
  return db().$transaction(async (tx) => {
    const existing = await tx.claimType.findFirst({ where: { projectId: access.projectId, name: input.name } });
    if (existing) throw new AppError("conflict", `The project already has a type named "${input.name}".`);
    const id = newId("typ");
    await tx.claimType.create({
      data: { id, projectId: access.projectId, name: input.name, description: input.description ?? null, fields: input.fields as never, createdById: access.userId },
    });
    await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "claim_type.created", subjectType: "claim_type", subjectId: id, data: { after: input } });
    return claimTypeView(customTypeDefinition({ id, name: input.name, fields: input.fields }));
  });
}
