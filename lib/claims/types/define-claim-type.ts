// A claim type from its declaration: a list of typed fields, in the form project owners already use
// to describe their own types. The zod schema (hence the API's validation and JSON Schema, and the
// browser form's checks), the entity fields, the subject and the count all follow from that list,
// for the built-in types and the project-defined ones alike.
import * as z from "zod";
import { ZPartialDate } from "../../documents/schemas";
import type { TEntityKind } from "../../entities/schemas";
import type { TFieldDefinition } from "./custom";
import { ZCount, ZEntityRef, ZPeriod } from "./shared";

type Declared<F> = F extends unknown ? Omit<F, "required"> & { required?: boolean } : never;
type ChoiceField = Extract<TFieldDefinition, { kind: "choice" }>;
type EntityFieldDefinition = Extract<TFieldDefinition, { kind: "entity" }>;

/**
 * A field as a type declares it: the API's field definition (`required` defaults to false), where
 * a choice may list a constant's options and an entity field may accept several kinds.
 */
export type FieldDeclaration =
  | Declared<Exclude<TFieldDefinition, ChoiceField | EntityFieldDefinition>>
  | (Omit<Declared<ChoiceField>, "options"> & { options: readonly string[] })
  | (Omit<Declared<EntityFieldDefinition>, "entityKind"> & { entityKind?: TEntityKind | readonly TEntityKind[] });

export interface ClaimTypeDeclaration {
  id: string;
  name: string;
  fields: readonly FieldDeclaration[];
  /**
   * The claim in one line for tables: `{field}` is a value, `{field:100}` one cut to 100
   * characters, and `[…]` is left out unless every field in it has a value (render-summary.ts).
   */
  summary?: string;
  /** What the count counts, as the compare chart's axis names it. */
  countLabel?: string;
}

export interface EntityField {
  field: string;
  kinds: TEntityKind[];
}

export interface ClaimTypeDefinition extends ClaimTypeDeclaration {
  builtIn: boolean;
  schema: z.ZodType<Record<string, unknown>>;
  entityFields: EntityField[];
  /** The entity field that says what the claim is about (the first one), for grouping in the compare view. */
  subjectField?: string;
  /** The field holding a count (the first one), when the type has one. */
  countField?: string;
}

/** The kinds an entity field may name (empty: any). */
export function entityKindsOf(f: Extract<FieldDeclaration, { kind: "entity" }>): TEntityKind[] {
  if (f.entityKind === undefined) return [];
  return typeof f.entityKind === "string" ? [f.entityKind] : [...f.entityKind];
}

function fieldSchema(f: FieldDeclaration): z.ZodType {
  switch (f.kind) {
    case "text":
      return z.string().trim().min(1, "is required").max(f.maxLength ?? 20_000);
    case "number": {
      let n = f.integer ? z.number().int() : z.number();
      if (f.min !== undefined) n = n.min(f.min);
      if (f.max !== undefined) n = n.max(f.max);
      return n;
    }
    case "count":
      return ZCount;
    case "date":
      return ZPartialDate;
    case "period":
      return ZPeriod;
    case "choice":
      return z.enum(f.options as [string, ...string[]]);
    case "entity":
      return ZEntityRef;
  }
}

export function defineClaimType(declaration: ClaimTypeDeclaration & { builtIn: boolean }): ClaimTypeDefinition {
  const { fields } = declaration;
  const shape = Object.fromEntries(fields.map((f) => [f.name, f.required ? fieldSchema(f) : fieldSchema(f).optional()]));
  const entityFields = fields.flatMap((f) => (f.kind === "entity" ? [{ field: f.name, kinds: entityKindsOf(f) }] : []));
  return {
    ...declaration,
    schema: z.object(shape).strict() as unknown as z.ZodType<Record<string, unknown>>,
    entityFields,
    subjectField: entityFields[0]?.field,
    countField: fields.find((f) => f.kind === "count")?.name,
  };
}
