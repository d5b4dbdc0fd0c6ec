// What a claim form needs to know about each field of a type, built-in or project-defined, derived
// from the type's declared fields: the same description renders the form, pre-fills it from
// selected words and names its errors.
import { ENTITY_KINDS, type TEntityKind } from "../../entities/schemas";
import { BUILTIN_TYPES } from "./builtin";
import type { TFieldDefinition } from "./custom";
import { entityKindsOf, type FieldDeclaration } from "./define-claim-type";

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

const humanise = (name: string) => name.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** A declared field, built-in or project-defined, as the form sees it. */
export function formField(f: FieldDeclaration): FormField {
  const base = { name: f.name, label: f.label || humanise(f.name), required: f.required ?? false };
  switch (f.kind) {
    case "text":
      return { ...base, kind: (f.maxLength ?? 20_000) > 300 ? "longtext" : "text", maxLength: f.maxLength };
    case "number":
      return { ...base, kind: "number", min: f.min, max: f.max, integer: f.integer };
    case "choice":
      return { ...base, kind: "choice", options: f.options };
    case "entity":
      return { ...base, kind: "entity", entityKinds: entityKindsOf(f) };
    default:
      return { ...base, kind: f.kind };
  }
}

/** Every type a claim form offers: the built-in ones, then the project's own. A project type goes
 * by its name, as claims record it (the API takes the name or the id). */
export function formClaimTypes(custom: readonly { id: string; name: string; fields: TFieldDefinition[] }[]): FormClaimType[] {
  return [
    ...Object.values(BUILTIN_TYPES).map((t) => ({ id: t.id, name: t.name, builtIn: true, fields: t.fields.map(formField) })),
    ...custom.map((t) => ({ id: t.name, name: humanise(t.name), builtIn: false, fields: t.fields.map(formField), definition: t.fields })),
  ];
}

export const ALL_ENTITY_KINDS: readonly TEntityKind[] = ENTITY_KINDS;
