// The fields of each claim type as the exports flatten them. Built-in types are listed here (a test
// checks the list against their zod schemas); project-defined types bring their own definitions.
import type { TFieldDefinition } from "../claims/types/custom";

export type FieldKind = TFieldDefinition["kind"];

export interface TypeFields {
  /** The name stored in Claim.type. */
  type: string;
  fields: { name: string; kind: FieldKind }[];
}

export const BUILTIN_TYPE_FIELDS: readonly TypeFields[] = [
  {
    type: "victim_count",
    fields: [
      { name: "count", kind: "count" },
      { name: "outcome", kind: "choice" },
      { name: "event", kind: "entity" },
      { name: "place", kind: "entity" },
      { name: "period", kind: "period" },
    ],
  },
  {
    type: "role",
    fields: [
      { name: "person", kind: "entity" },
      { name: "role", kind: "text" },
      { name: "organization", kind: "entity" },
      { name: "period", kind: "period" },
    ],
  },
  {
    type: "event",
    fields: [
      { name: "event", kind: "entity" },
      { name: "eventType", kind: "text" },
      { name: "place", kind: "entity" },
      { name: "period", kind: "period" },
    ],
  },
  {
    type: "statement",
    fields: [
      { name: "speaker", kind: "entity" },
      { name: "quote", kind: "text" },
    ],
  },
];
