import * as z from "zod";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { BUILTIN_TYPES } from "./builtin";
import type { ClaimTypeDefinition } from "./define-claim-type";
import { customTypeDefinition, ZFieldDefinition } from "./custom";

const ZStoredFields = z.array(ZFieldDefinition);

/** A built-in type by name, or one of the project's own types by id or name; 400 when unknown. */
export async function resolveClaimType(projectId: string, type: string): Promise<ClaimTypeDefinition> {
  const builtIn = BUILTIN_TYPES[type];
  if (builtIn) return builtIn;
  const row = await db().claimType.findFirst({ where: { projectId, OR: [{ id: type }, { name: type }] } });
  if (!row) throw new AppError("invalid_input", `Unknown claim type "${type}".`, { issues: [{ path: ["type"], message: "Unknown claim type" }] });
  return customTypeDefinition({ id: row.id, name: row.name, fields: ZStoredFields.parse(row.fields) });
}

export async function listClaimTypes(projectId: string): Promise<ClaimTypeDefinition[]> {
  const rows = await db().claimType.findMany({ where: { projectId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return [...Object.values(BUILTIN_TYPES), ...rows.map((r) => customTypeDefinition({ id: r.id, name: r.name, fields: ZStoredFields.parse(r.fields) }))];
}

/** The wire form: `{id, name, builtIn, jsonSchema}`, the JSON Schema generated from the zod schema. */
export function claimTypeView(t: ClaimTypeDefinition) {
  return { id: t.id, name: t.name, builtIn: t.builtIn, jsonSchema: z.toJSONSchema(t.schema, { io: "input", unrepresentable: "any" }) };
}
