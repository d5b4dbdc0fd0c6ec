// What a claim form needs to know about each field of a type, built-in or project-defined: the same
// description renders the form, pre-fills it from selected words and names its errors.
import { ENTITY_KINDS, type TEntityKind } from "../../entities/schemas";
import { OUTCOMES } from "./builtin";
import type { TFieldDefinition } from "./custom";

export type FormFieldKind = "text" | "longtext" | "number" | "count" | "date" | "period" | "choice" | "entity";

export interface FormField {
  name: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  /** choice: the allowed values. */
  options?: readonly string[];
  /** entity: the kinds it may name (empty: any). */
  entityKinds?: readonly TEntityKind[];
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface FormClaimType {
  id: string;
  name: string;
  builtIn: boolean;
  fields: FormField[];
  /** A project type's own field definitions, from which the browser builds its schema. */
  definition?: TFieldDefinition[];
}

const period = (required = false): FormField => ({ name: "period", label: "Period", kind: "period", required });

export const BUILTIN_FORM_FIELDS: Record<string, FormField[]> = {
  victim_count: [
    { name: "count", label: "Count", kind: "count", required: true },
    { name: "outcome", label: "Outcome", kind: "choice", required: true, options: OUTCOMES },
    { name: "event", label: "Event", kind: "entity", required: false, entityKinds: ["event"] },
    { name: "place", label: "Place", kind: "entity", required: false, entityKinds: ["place"] },
    period(),
  ],
  role: [
    { name: "person", label: "Person", kind: "entity", required: true, entityKinds: ["person"] },
    { name: "role", label: "Role", kind: "text", required: true, maxLength: 300 },
    { name: "organization", label: "Organisation", kind: "entity", required: false, entityKinds: ["organization"] },
    period(),
  ],
  event: [
    { name: "event", label: "Event", kind: "entity", required: true, entityKinds: ["event"] },
    { name: "eventType", label: "Event type", kind: "text", required: false, maxLength: 200 },
    { name: "place", label: "Place", kind: "entity", required: false, entityKinds: ["place"] },
    period(),
  ],
  statement: [
    { name: "speaker", label: "Speaker", kind: "entity", required: true, entityKinds: ["person", "organization"] },
    { name: "quote", label: "Quote", kind: "longtext", required: true, maxLength: 20_000 },
  ],
};

const humanise = (name: string) => name.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** A project-defined field as the form sees it. */
export function customFormField(f: TFieldDefinition): FormField {
  const base = { name: f.name, label: f.label || humanise(f.name), required: f.required };
  switch (f.kind) {
    case "text":
      return { ...base, kind: (f.maxLength ?? 20_000) > 300 ? "longtext" : "text", maxLength: f.maxLength };
    case "number":
      return { ...base, kind: "number", min: f.min, max: f.max, integer: f.integer };
    case "choice":
      return { ...base, kind: "choice", options: f.options };
    case "entity":
      return { ...base, kind: "entity", entityKinds: f.entityKind ? [f.entityKind] : [] };
    default:
      return { ...base, kind: f.kind };
  }
}

const BUILTIN_NAMES: Record<string, string> = { victim_count: "Victim count", role: "Role", event: "Event", statement: "Statement" };

/** Every type a claim form offers: the built-in ones, then the project's own. A project type goes
 * by its name, as claims record it (the API takes the name or the id). */
export function formClaimTypes(custom: readonly { id: string; name: string; fields: TFieldDefinition[] }[]): FormClaimType[] {
  return [
    ...Object.entries(BUILTIN_FORM_FIELDS).map(([id, fields]) => ({ id, name: BUILTIN_NAMES[id] ?? id, builtIn: true, fields })),
    ...custom.map((t) => ({ id: t.name, name: humanise(t.name), builtIn: false, fields: t.fields.map(customFormField), definition: t.fields })),
  ];
}

export const ALL_ENTITY_KINDS: readonly TEntityKind[] = ENTITY_KINDS;
