// The OpenAPI document covers every v1 route file and method, each handler is built from the very
// contract the document describes, the document is valid OpenAPI 3.1, and its request schemas
// accept and refuse what the server does.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { contractOf } from "@/lib/http/handle";
import { call } from "@/test/support/api";
import { openApiReader } from "@/test/support/openapi";
import { isCatchAll, ROUTE_METHODS, routeFiles, routePath } from "@/test/support/route-files";
import { GET } from "./route";

type Json = Record<string, unknown>;

const V1 = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const METHODS = ROUTE_METHODS;
const openApiPath = (file: string) => routePath(file, V1);

let doc: Json;
const operation = (p: string, method: string) => ((doc.paths as Record<string, Record<string, Json>>)[p] ?? {})[method.toLowerCase()];

beforeAll(async () => {
  const res = await call(GET);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  doc = res.body;
});

describe("GET /api/v1/openapi.json", () => {
  // The catch-all answers unknown paths (404); lib/http/api-conformance.test.ts checks it.
  const files = routeFiles(V1).filter((f) => !isCatchAll(f));

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [path.relative(V1, f), f]))("documents every method of %s, from the handler's own contract", async (_label, file) => {
    const routePath = openApiPath(file);
    const mod = (await import(file)) as Record<string, unknown>;
    const methods = METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods.length, `${routePath} exports no handler`).toBeGreaterThan(0);
    for (const method of methods) {
      const contract = contractOf(mod[method]);
      expect(contract, `${method} ${routePath} is not built with handle(contract, …)`).toBeDefined();
      expect({ method: contract?.method, path: contract?.path }).toEqual({ method, path: routePath });
      expect(operation(routePath, method), `${method} ${routePath} is missing from the document`).toMatchObject({
        operationId: contract?.operationId,
      });
    }
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("declares the error shape, bearer security and the list parameters as components", () => {
    const components = doc.components as Record<string, Record<string, Json>>;
    expect(components.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(components.schemas?.Error).toMatchObject({ properties: { error: { required: ["code", "message", "issues"] } } });
    expect(components.parameters?.Limit).toMatchObject({ name: "limit", in: "query", schema: { type: "integer", default: 50, maximum: 500 } });
    expect(components.parameters?.Cursor).toMatchObject({ name: "cursor", in: "query" });
    expect(operation("/projects/{projectId}/documents", "GET")?.parameters).toEqual(
      expect.arrayContaining([{ $ref: "#/components/parameters/Limit" }, { $ref: "#/components/parameters/Cursor" }]),
    );
    expect(operation("/projects/{projectId}/claims", "POST")?.responses).toMatchObject({
      201: { content: { "application/json": { schema: { $ref: "#/components/schemas/Claim" } } } },
      400: { $ref: "#/components/responses/BadRequest" },
      401: { $ref: "#/components/responses/Unauthorized" },
      403: { $ref: "#/components/responses/Forbidden" },
      404: { $ref: "#/components/responses/NotFound" },
    });
    expect(operation("/users", "POST")?.security).toEqual([]);
  });

  it("documents the token scope fields on POST /tokens", () => {
    const body = (operation("/tokens", "POST")?.requestBody as Json).content as Record<string, { schema: Json }>;
    const schema = body["application/json"]?.schema;
    expect(schema?.required).toEqual(["email", "password"]);
    expect(schema?.properties).toMatchObject({ projects: { type: "array" }, readOnly: { type: "boolean" } });
  });
});

describe("the documented schemas, read with ajv", () => {
  let reader: ReturnType<typeof openApiReader>;
  beforeAll(() => {
    reader = openApiReader(doc);
  });

  const claim = {
    type: "victim_count",
    fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed", period: { from: "1988-07" } },
    evidence: ["ann_1", "ann_2"],
    attribution: { assertedBy: "ent_amnesty", reportedBy: "ent_guardian", stance: "asserts", modality: "estimated" },
  };

  it("accepts a valid claim body for POST /projects/{projectId}/claims, as the server's schema does", () => {
    const validate = reader.compile(reader.requestSchema("/projects/{projectId}/claims", "POST"));
    expect(validate(claim), JSON.stringify(validate.errors)).toBe(true);
    expect(ZCreateClaim.safeParse(claim).success).toBe(true);
  });

  it.each([
    ["without attribution", { ...claim, attribution: undefined }],
    ["with an unknown stance", { ...claim, attribution: { ...claim.attribution, stance: "believes" } }],
    ["with no evidence", { ...claim, evidence: [] }],
    ["with an unknown key", { ...claim, confidence: 0.9 }],
    ["with fields that are not an object", { ...claim, fields: ["count"] }],
  ])("refuses a claim body %s, as the server's schema does", (_label, body) => {
    const value = JSON.parse(JSON.stringify(body)) as unknown;
    const validate = reader.compile(reader.requestSchema("/projects/{projectId}/claims", "POST"));
    expect(validate(value)).toBe(false);
    expect(ZCreateClaim.safeParse(value).success).toBe(false);
  });

  it("compiles every request and response schema in the document", () => {
    let count = 0;
    for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(item)) {
        // A file upload (a backup archive) documents no JSON schema.
        const request = op.requestBody ? reader.requestSchema(p, method) : undefined;
        if (request) count += Number(!!reader.compile(request));
        for (const status of Object.keys(op.responses as Json)) {
          const schema = reader.responseSchema(p, method, Number(status));
          if (schema) count += Number(!!reader.compile(schema));
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });
});
