// The operations of the OpenAPI document as the conformance test walks them: each with its
// handler key (as in the authorisation matrix), whether it is a list, and what its request takes.
type Json = Record<string, unknown>;

export interface Operation {
  /** "GET /projects/{projectId}/members" */
  label: string;
  /** "GET /api/v1/projects/{projectId}/members": the key of lib/access/authorization-matrix.ts. */
  key: string;
  method: string;
  path: string;
  op: Json;
  /** Names of its query parameters (components resolved). */
  query: string[];
  /** Its 200 answer is `{items, nextCursor}`. */
  isList: boolean;
  /** It reads a JSON body. */
  jsonBody: boolean;
}

const resolveParameter = (doc: Json, p: Json): Json => {
  const ref = p.$ref;
  if (typeof ref !== "string") return p;
  const name = ref.replace("#/components/parameters/", "");
  return ((doc.components as Json).parameters as Record<string, Json>)[name] ?? {};
};

const resolveSchema = (doc: Json, s: Json | undefined): Json | undefined => {
  const ref = s?.$ref;
  if (typeof ref !== "string") return s;
  return ((doc.components as Json).schemas as Record<string, Json>)[ref.replace("#/components/schemas/", "")];
};

export function operationsOf(doc: Json): Operation[] {
  return Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item).map(([m, op]) => {
      const method = m.toUpperCase();
      const parameters = ((op.parameters ?? []) as Json[]).map((p) => resolveParameter(doc, p));
      const ok = (op.responses as Record<string, Json>)["200"];
      const schema = resolveSchema(doc, ((ok?.content ?? {}) as Record<string, { schema?: Json }>)["application/json"]?.schema);
      const properties = (schema?.properties ?? {}) as Json;
      const requestContent = ((op.requestBody as Json | undefined)?.content ?? {}) as Json;
      return {
        label: `${method} ${path}`,
        key: `${method} /api/v1${path}`,
        method,
        path,
        op,
        query: parameters.filter((p) => p.in === "query").map((p) => String(p.name)),
        isList: "items" in properties && "nextCursor" in properties,
        jsonBody: "application/json" in requestContent,
      };
    }),
  );
}
