// Checks a claim against its type and what the project holds, and derives what is stored beside it.
// Pure: the caller looks up the evidence and the entities (in a transaction, or in one statement)
// and hands them in. Every problem is collected and reported at once, with the path of the field at fault.
import { AppError, type ErrorIssue } from "../errors";
import { type AttributeValues, storedAttributes } from "./attributes/claim-attributes";
import type { TAttribution } from "./schemas";
import type { ClaimTypeDefinition } from "./types/define-claim-type";
import { countBounds, type TCount } from "./types/shared";

export interface ClaimInput {
  fields: Record<string, unknown>;
  evidence: string[];
  attribution: TAttribution;
}

export type PreparedClaim = {
  type: string;
  fields: Record<string, unknown>;
  evidence: { annotationId: string; documentId: string; position: number }[];
  assertedById: string;
  reportedById: string | null;
  via: string[];
} & AttributeValues & {
  subjectEntityId: string | null;
  countMin: number | null;
  countMax: number | null;
  entities: { entityId: string; role: string }[];
  /** Field values and the names of every entity mentioned, for full-text search. */
  searchText: string;
};

/** The fields as the type parses them, and what is wrong with them. */
export interface ParsedFields {
  fields: Record<string, unknown>;
  issues: ErrorIssue[];
}

/** An entity the claim names, where it names it, and the kinds allowed there (empty: any). */
export interface EntityRef {
  path: (string | number)[];
  id: string;
  kinds: string[];
  role: string;
}

/** What the project holds of the evidence and the entities named, as the caller found it. */
export interface ClaimLookups {
  /** The evidence's annotations that exist in the project (not deleted). */
  annotations: { id: string; documentId: string; status: string }[];
  reportedById: string | null;
  /** The named entities that exist in the project. */
  entities: { id: string; kind: string; name: string; aliases: string[] }[];
}

/** Every string and number in the fields, for the search index. */
function fieldWords(value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(fieldWords);
  if (value && typeof value === "object") return Object.values(value).flatMap(fieldWords);
  return [];
}

export function parseClaimFields(type: ClaimTypeDefinition, input: Record<string, unknown>): ParsedFields {
  const issues: ErrorIssue[] = [];
  const parsed = type.schema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
      if (i.code === "unrecognized_keys") for (const k of i.keys) issues.push({ path: ["fields", ...path, k], message: "Unrecognized field" });
      else issues.push({ path: ["fields", ...path], message: i.message });
    }
  }
  return { fields: parsed.success ? parsed.data : input, issues };
}

/** The entities a claim names: its attribution (with the reporter it ends up with) and its entity fields. */
export function entityRefs(type: ClaimTypeDefinition, fields: Record<string, unknown>, attribution: TAttribution, reportedById: string | null): EntityRef[] {
  return [
    { path: ["attribution", "assertedBy"], id: attribution.assertedBy, kinds: [], role: "asserted_by" },
    ...(reportedById ? [{ path: ["attribution", "reportedBy"], id: reportedById, kinds: [], role: "reported_by" }] : []),
    ...(attribution.via ?? []).map((id, i) => ({ path: ["attribution", "via", i], id, kinds: [], role: "via" })),
    ...type.entityFields.flatMap((f) => (typeof fields[f.field] === "string" ? [{ path: ["fields", f.field], id: fields[f.field] as string, kinds: f.kinds as string[], role: `field:${f.field}` }] : [])),
  ];
}

export function checkClaim(type: ClaimTypeDefinition, input: ClaimInput, parsed: ParsedFields, found: ClaimLookups): PreparedClaim {
  const issues = [...parsed.issues];
  const { fields } = parsed;
  const byId = new Map(found.annotations.map((a) => [a.id, a]));
  input.evidence.forEach((id, i) => {
    const a = byId.get(id);
    if (!a) issues.push({ path: ["evidence", i], message: "is not an annotation of this project" });
    else if (a.status !== "active") issues.push({ path: ["evidence", i], message: `is ${a.status}; resolve it first` });
  });

  const { attribution } = input;
  const { reportedById } = found;
  const refs = entityRefs(type, fields, attribution, reportedById);
  const kinds = new Map(found.entities.map((e) => [e.id, e.kind]));
  for (const r of refs) {
    const kind = kinds.get(r.id);
    if (!kind) issues.push({ path: r.path, message: "is not an entity of this project" });
    else if (r.kinds.length && !r.kinds.includes(kind)) issues.push({ path: r.path, message: `must be a ${r.kinds.join(" or ")}, not a ${kind}` });
  }
  if (issues.length) throw new AppError("invalid_input", "The claim is not valid.", { issues });

  const count = type.countField ? (fields[type.countField] as TCount | undefined) : undefined;
  const bounds = count ? countBounds(count) : { min: null, max: null };
  const subject = type.subjectField ? fields[type.subjectField] : undefined;
  return {
    type: type.builtIn ? type.id : type.name,
    fields,
    evidence: input.evidence.map((annotationId, position) => ({ annotationId, documentId: byId.get(annotationId)!.documentId, position })),
    assertedById: attribution.assertedBy,
    reportedById,
    via: attribution.via ?? [],
    ...storedAttributes(attribution),
    subjectEntityId: typeof subject === "string" ? subject : null,
    countMin: bounds.min,
    countMax: bounds.max,
    entities: [...new Map(refs.map((r) => [`${r.id}|${r.role}`, { entityId: r.id, role: r.role }])).values()],
    searchText: [...fieldWords(fields), ...found.entities.flatMap((e) => [e.name, ...e.aliases])].join("\n"),
  };
}
