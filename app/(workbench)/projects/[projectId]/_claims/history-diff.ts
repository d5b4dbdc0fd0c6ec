// Before/after of a claim event, field by field. Events record the claim in two shapes (the API
// view, with `attribution` nested and evidence as ids; the stored snapshot, with `assertedById`
// and evidence rows), so both are first brought to one flat shape, then compared.
import { ATTRIBUTES } from "@/lib/claims/attributes/claim-attributes";

export type FlatState = Record<string, unknown>;

export interface Change {
  /** "fields.count", "evidence", "assertedBy", "status"... */
  key: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping that is derived from the fields or shown elsewhere (the version is in the heading). */
const SKIP = new Set(["id", "projectId", "createdAt", "updatedAt", "createdBy", "evidenceDocuments", "count", "countMin", "countMax", "subjectEntityId", "entities", "version", "type"]);
const RENAME: Record<string, string> = { assertedById: "assertedBy", reportedById: "reportedBy" };
const ORDER = ["evidence", "assertedBy", "via", "reportedBy", ...ATTRIBUTES.map((a) => a.name), "status", "credibility", "deprecated"];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function evidenceIds(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((e) => (isRecord(e) && typeof e.annotationId === "string" ? e.annotationId : e));
}

export function flattenClaimState(data: unknown): FlatState {
  if (!isRecord(data)) return {};
  const out: FlatState = {};
  for (const [key, value] of Object.entries(data)) {
    if (SKIP.has(key)) continue;
    if (key === "fields" && isRecord(value)) for (const [f, v] of Object.entries(value)) out[`fields.${f}`] = v;
    else if (key === "attribution" && isRecord(value)) Object.assign(out, value);
    else if (key === "evidence") out.evidence = evidenceIds(value);
    else out[RENAME[key] ?? key] = value;
  }
  return out;
}

/** JSON with sorted keys, so that two equal objects compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(",")}}`;
  return JSON.stringify(value ?? null);
}

const rank = (key: string) => (key.startsWith("fields.") ? -1 : ORDER.indexOf(key) === -1 ? ORDER.length : ORDER.indexOf(key));

/**
 * What changed between two recorded states. A key only in `after` was set; a key only in
 * `before` was not recorded afterwards (events record what they touch) and is left out.
 */
export function diffClaimStates(beforeData: unknown, afterData: unknown): Change[] {
  const before = flattenClaimState(beforeData);
  const after = flattenClaimState(afterData);
  const changes: Change[] = [];
  for (const key of Object.keys(after)) {
    const a = after[key];
    const b = key in before ? before[key] : undefined;
    if (b === undefined && (a === null || a === undefined)) continue;
    if (stableJson(a) !== stableJson(b)) changes.push({ key, before: b, after: a });
  }
  // A field removed by an edit shows as cleared (fields are always recorded whole).
  for (const key of Object.keys(before)) {
    if (key.startsWith("fields.") && !(key in after) && Object.keys(after).some((k) => k.startsWith("fields."))) changes.push({ key, before: before[key], after: undefined });
  }
  return changes.sort((x, y) => rank(x.key) - rank(y.key));
}
