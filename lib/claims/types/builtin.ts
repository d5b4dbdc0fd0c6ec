// The built-in claim types of the public API, each declared once as typed fields (the form project
// owners use for their own types). The zod schema shared by the browser form and the server, the
// form's fields, the export columns, the settings page and the one-line summaries follow from it.
import { type ClaimTypeDeclaration, type ClaimTypeDefinition, defineClaimType } from "./define-claim-type";

export const OUTCOMES = ["killed", "executed", "arrested", "disappeared", "injured", "displaced", "other"] as const;

const BUILTIN_DECLARATIONS: readonly ClaimTypeDeclaration[] = [
  {
    id: "victim_count",
    name: "Victim count",
    fields: [
      { name: "count", kind: "count", required: true },
      { name: "outcome", kind: "choice", required: true, options: OUTCOMES },
      { name: "event", kind: "entity", entityKind: "event" },
      { name: "place", kind: "entity", entityKind: "place" },
      { name: "period", kind: "period" },
    ],
    summary: "{count}[ {outcome}]",
    countLabel: "Number of people",
  },
  {
    id: "role",
    name: "Role",
    fields: [
      { name: "person", kind: "entity", required: true, entityKind: "person" },
      { name: "role", kind: "text", required: true, maxLength: 300 },
      { name: "organization", label: "Organisation", kind: "entity", entityKind: "organization" },
      { name: "period", kind: "period" },
    ],
    summary: "{person}: {role}[, {organization}]",
  },
  {
    id: "event",
    name: "Event",
    fields: [
      { name: "event", kind: "entity", required: true, entityKind: "event" },
      { name: "eventType", label: "Event type", kind: "text", maxLength: 200 },
      { name: "place", kind: "entity", entityKind: "place" },
      { name: "period", kind: "period" },
    ],
    summary: "{event}[ ({eventType})]",
  },
  {
    id: "statement",
    name: "Statement",
    fields: [
      { name: "speaker", kind: "entity", required: true, entityKind: ["person", "organization"] },
      { name: "quote", kind: "text", required: true, maxLength: 20_000 },
    ],
    summary: "{speaker}: “{quote:100}”",
  },
];

/** By id, in declaration order (the order forms and exports list them). */
export const BUILTIN_TYPES: Readonly<Record<string, ClaimTypeDefinition>> = Object.fromEntries(
  BUILTIN_DECLARATIONS.map((d) => [d.id, defineClaimType({ ...d, builtIn: true })]),
);

/** The type the compare view opens on: the first built-in type with a count. */
export const DEFAULT_COMPARE_TYPE = Object.values(BUILTIN_TYPES).find((t) => t.countField)?.id ?? "";
