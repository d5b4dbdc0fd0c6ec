// Project-defined claim types: owners describe typed fields, and the zod schema (hence the form,
// the validation and the JSON Schema) follows from that description (define-claim-type.ts), as it
// does for the built-in types.
import * as z from "zod";
import { ZEntityKind } from "../../entities/schemas";
import { type ClaimTypeDefinition, defineClaimType } from "./define-claim-type";

const ZFieldName = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, "must start with a lowercase letter and use letters, digits or _");

export const ZFieldDefinition = z.discriminatedUnion("kind", [
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("text"), maxLength: z.number().int().min(1).max(20_000).optional() }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("number"), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional() }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("count") }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("date") }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("period") }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("choice"), options: z.array(z.string().trim().min(1).max(100)).min(1).max(100) }).strict(),
  z.object({ name: ZFieldName, label: z.string().max(100).optional(), required: z.boolean().default(false), kind: z.literal("entity"), entityKind: ZEntityKind.optional() }).strict(),
]);
export type TFieldDefinition = z.infer<typeof ZFieldDefinition>;

export const ZCreateClaimType = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, "must be lowercase letters, digits or _ (e.g. detention_site)"),
    description: z.string().trim().max(2000).optional(),
    fields: z
      .array(ZFieldDefinition)
      .min(1, "needs at least one field")
      .max(50)
      .refine((fs) => new Set(fs.map((f) => f.name)).size === fs.length, "field names must be unique")
      .superRefine((fs, ctx) => {
        fs.forEach((f, i) => {
          // A number field no value could fill would make every claim of the type a 400.
          if (f.kind === "number" && f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: "custom", path: [i, "max"], message: "must not be below min" });
        });
      }),
  })
  .strict();
export type TCreateClaimType = z.infer<typeof ZCreateClaimType>;

/** A project type as stored: its fields are its declaration. */
export function customTypeDefinition(row: { id: string; name: string; fields: TFieldDefinition[] }): ClaimTypeDefinition {
  return defineClaimType({ id: row.id, name: row.name, fields: row.fields, builtIn: false });
}
