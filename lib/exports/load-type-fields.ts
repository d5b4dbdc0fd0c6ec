// The field lists of the claim types an export covers: the built-in ones and the project's own.
import { ZFieldDefinition } from "../claims/types/custom";
import { db } from "../db/client";
import { BUILTIN_TYPE_FIELDS, type TypeFields } from "./type-fields";

const ZStoredFields = ZFieldDefinition.array();

export async function loadTypeFields(projectId: string, types: readonly string[]): Promise<TypeFields[]> {
  const custom = await db().claimType.findMany({ where: { projectId, name: { in: [...types] } }, select: { name: true, fields: true } });
  const own = custom.map((t) => ({ type: t.name, fields: ZStoredFields.parse(t.fields).map((f) => ({ name: f.name, kind: f.kind })) }));
  return [...BUILTIN_TYPE_FIELDS.filter((t) => types.includes(t.type)), ...own.filter((t) => !BUILTIN_TYPE_FIELDS.some((b) => b.type === t.type))];
}
