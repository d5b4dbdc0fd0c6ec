// The project's own claim types as their owners described them: name, description and typed
// fields, for the settings page (the built-in ones are in builtin.ts).
import type { ProjectAccess } from "../../access/authorize-project";
import { db } from "../../db/client";
import { ZFieldDefinition } from "./custom";

const ZStoredFields = ZFieldDefinition.array();

export async function listProjectClaimTypes(access: ProjectAccess) {
  const rows = await db().claimType.findMany({ where: { projectId: access.projectId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    fields: ZStoredFields.parse(r.fields),
    createdBy: r.createdById,
    createdAt: r.createdAt.toISOString(),
  }));
}
