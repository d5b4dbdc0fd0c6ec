// Reads the OpenAPI document's schemas with ajv (JSON Schema 2020-12), as a client would: to check
// requests against the documented request schemas and real answers against the documented ones.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { ALL_CONTRACTS } from "@/lib/http/contracts";
import { buildOpenApi } from "@/lib/http/openapi";
import type { CallResult } from "./api";

type Json = Record<string, unknown>;

const BASE = "https://openapi.test/components";

export function openApiReader(doc: Json = buildOpenApi(ALL_CONTRACTS)) {
  const components = ((doc.components as Json).schemas ?? {}) as Record<string, Json>;
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajv);
  // The components as a schema resource of their own, so `#/components/schemas/…` resolves.
  ajv.addSchema({ $id: BASE, $defs: components });

  const operation = (path: string, method: string): Json => {
    const op = ((doc.paths as Record<string, Record<string, Json>>)[path] ?? {})[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${path} is not in the document`);
    return op;
  };
  const compile = (schema: Json | undefined): ValidateFunction => {
    if (!schema) throw new Error("no schema documented");
    return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`)) as Json);
  };
  const jsonSchemaOf = (holder: Json | undefined) => ((holder?.content ?? {}) as Record<string, { schema?: Json }>)["application/json"]?.schema;
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref;
    return typeof ref === "string" ? resolve(components[ref.replace("#/components/schemas/", "")] ?? {}) : schema;
  };

  /** Keys in a value that its documented schema does not name (documented objects stay open, but should say what they hold). */
  function undocumented(schema: Json, value: unknown, at = "$"): string[] {
    const s = resolve(schema);
    if (Array.isArray(value) && s.items) return value.flatMap((v, i) => undocumented(s.items as Json, v, `${at}[${i}]`));
    if (!value || typeof value !== "object" || !s.properties) return [];
    const properties = s.properties as Record<string, Json>;
    return Object.entries(value).flatMap(([k, v]) => (properties[k] ? undocumented(properties[k], v, `${at}.${k}`) : [`${at}.${k}`]));
  }

  return {
    doc,
    operation,
    compile,
    requestSchema: (path: string, method: string) => jsonSchemaOf(operation(path, method).requestBody as Json),
    responseSchema: (path: string, method: string, status: number) => jsonSchemaOf((operation(path, method).responses as Record<string, Json>)[status]),
    /** The answer has the status, and a body the document describes field by field. */
    expectDocumented(res: CallResult, path: string, method: string, status: number) {
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      const schema = jsonSchemaOf((operation(path, method).responses as Record<string, Json>)[status]);
      if (!schema) throw new Error(`${method} ${path} ${status} documents no body`);
      const validate = compile(schema);
      expect(validate(res.body), `${method} ${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(undocumented(schema, res.body), `${method} ${path} answers fields it does not document`).toEqual([]);
    },
  };
}
