// The fields of each claim type as the exports flatten them: the built-in types' declared fields
// (lib/claims/types/builtin.ts); project-defined types bring their own definitions.
import { BUILTIN_TYPES } from "../claims/types/builtin";
import type { TFieldDefinition } from "../claims/types/custom";

export type FieldKind = TFieldDefinition["kind"];

export interface TypeFields {
  /** The name stored in Claim.type. */
  type: string;
  fields: { name: string; kind: FieldKind }[];
}

export const BUILTIN_TYPE_FIELDS: readonly TypeFields[] = Object.values(BUILTIN_TYPES).map((t) => ({ type: t.id, fields: t.fields.map((f) => ({ name: f.name, kind: f.kind })) }));
