// The claim form's values are the claim's own JSON (fields and attribution), edited by path; empty
// inputs leave their key out, so what is sent is what the person filled in. Checked in the browser
// with the same zod schemas the server uses.
import * as z from "zod";
import { BUILTIN_TYPES } from "@/lib/claims/types/builtin";
import { customTypeDefinition, type TFieldDefinition } from "@/lib/claims/types/custom";
import { ZAttribution, type TAttribution } from "@/lib/claims/schemas";

export type Json = Record<string, unknown>;

const isEmpty = (v: unknown) => v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v)) || (Array.isArray(v) && v.length === 0);
const isPlainObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy of `obj` with `path` set to `value`, or removed (with emptied parents) when it is empty. */
export function setPath(obj: Json, path: readonly string[], value: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out: Json = { ...obj };
  if (rest.length) {
    const child = setPath(isPlainObject(obj[head]) ? obj[head] : {}, rest, value);
    if (Object.keys(child).length) out[head] = child;
    else delete out[head];
  } else if (isEmpty(value)) delete out[head];
  else out[head] = value;
  return out;
}

export function getPath(obj: Json, path: readonly string[]): unknown {
  let at: unknown = obj;
  for (const key of path) at = isPlainObject(at) ? at[key] : undefined;
  return at;
}

export type PathErrors = Readonly<Record<string, string>>;

/** The first message for each path ("fields.count.value"); a field shows those at or under it. */
export function pathErrors(issues: readonly { path: string; message: string }[]): PathErrors {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= i.message;
  return out;
}

export function errorAt(errors: PathErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const under = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return under ? errors[under] : undefined;
}

export interface TypeSchemaSource {
  id: string;
  name: string;
  builtIn: boolean;
  /** Project-defined types: their stored field definitions. */
  definition?: TFieldDefinition[];
}

function fieldsSchema(type: TypeSchemaSource): z.ZodType | undefined {
  if (type.builtIn) return BUILTIN_TYPES[type.id]?.schema;
  return type.definition ? customTypeDefinition({ id: type.id, name: type.name, fields: type.definition }).schema : undefined;
}

/** What the server would refuse, found before sending: issues with the API's paths. */
export function validateClaim(type: TypeSchemaSource, fields: Json, attribution: Json): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const schema = fieldsSchema(type);
  const checks: [string, z.ZodType | undefined, unknown][] = [
    ["fields", schema, fields],
    ["attribution", ZAttribution, attribution],
  ];
  for (const [root, s, value] of checks) {
    const r = s?.safeParse(value);
    if (r && !r.success) {
      for (const i of r.error.issues) {
        const path = i.path.map(String);
        const missing = i.code !== "custom" && i.code !== "unrecognized_keys" && getPath(value as Json, path) === undefined;
        issues.push({ path: [root, ...path].join("."), message: missing ? "is required" : i.message });
      }
    }
  }
  return issues;
}

export type AttributionValues = Partial<TAttribution>;

/** The attribution as the API takes it: empty links of the "via" chain left out. */
export function apiAttribution(a: Json): TAttribution {
  const out = { ...a };
  const via = Array.isArray(out.via) ? (out.via as string[]).filter(Boolean) : [];
  if (via.length) out.via = via;
  else delete out.via;
  return out as unknown as TAttribution;
}
