// Builds the OpenAPI 3.1 document from the route contracts. Request schemas are the very zod
// schemas that validate requests, converted with `z.toJSONSchema` (io "input": what a client
// sends); schemas with an `id` in their metadata become named components.
import * as z from "zod";
import type { ErrorStatus, RouteContract } from "./contract";
import { pathParamNames } from "./contract";
import { ZErrorOut } from "./contracts/resources";
import { DEFAULT_MAX_BODY_BYTES } from "./read-json";
import { ZListQuery } from "./pagination";

type Json = Record<string, unknown>;

interface Components {
  schemas: Record<string, Json>;
}

const ERROR_RESPONSES: Record<ErrorStatus | 400 | 401 | 413 | 415, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "Invalid input: `issues` names each bad field (`invalid_input`, `invalid_json`)." },
  401: { name: "Unauthorized", description: "No credentials, or a bad or revoked token." },
  403: { name: "Forbidden", description: "Your role, or your token's read-only scope, does not allow this." },
  404: { name: "NotFound", description: "Not found, or not visible to you (an outsider learns nothing)." },
  409: { name: "Conflict", description: "A conflict: a stale `version`, a duplicate, or a state that does not allow this." },
  413: { name: "PayloadTooLarge", description: "The body is larger than this route accepts." },
  415: { name: "UnsupportedMediaType", description: "The body is not `application/json`." },
  429: { name: "RateLimited", description: "Too many failed sign-ins; try again later." },
};

const TAGS: Record<string, string> = {
  Accounts: "Sign-up.",
  Tokens: "API tokens: sign in for one, list, revoke. Tokens may be limited to some projects and to reading.",
  Projects: "Projects and their settings.",
  Members: "Who belongs to a project, in which role (owner, reviewer, annotator, viewer).",
  Documents: "Sources: their exact text, versions and metadata.",
  Annotations: "Highlighted spans; offsets count UTF-16 code units of the document's text.",
  Entities: "People, organisations, places and events.",
  Claims: "Structured statements drawn from evidence spans, with attribution.",
  Reviews: "Decisions on claims.",
  Comments: "Threads on claims and annotations.",
  Assignments: "Who annotates which document; agreement between annotators.",
  Provenance: "The append-only, hash-chained event log.",
  Search: "Full-text search in any script, and numeric search on counts.",
  Exports: "Datasets: streamed exports and releases whose files never change.",
  Meta: "This document.",
};

/** A zod schema as a JSON Schema for the document; `$defs` it names are lifted into components. */
function toSchema(schema: z.ZodType, components: Components): Json {
  const out = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Json;
  delete out.$schema;
  const defs = (out.$defs ?? {}) as Record<string, Json>;
  delete out.$defs;
  for (const [id, def] of Object.entries(defs)) {
    const lifted = rewriteRefs(def) as Json;
    const known = components.schemas[id];
    if (known && JSON.stringify(known) !== JSON.stringify(lifted)) throw new Error(`Two different schemas are named ${id}`);
    components.schemas[id] = lifted;
  }
  return rewriteRefs(out) as Json;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? v.replace(/^#\/\$defs\//, "#/components/schemas/") : rewriteRefs(v)]),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function queryParameters(query: z.ZodObject, components: Components, standard: Record<string, Json>): Json[] {
  const schema = toSchema(query, components);
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    if (standard[name] && same(standard[name], property)) return { $ref: `#/components/parameters/${name === "limit" ? "Limit" : "Cursor"}` };
    const { description, ...rest } = property;
    return { name, in: "query", required: required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function errorStatuses(c: RouteContract): (keyof typeof ERROR_RESPONSES)[] {
  const statuses = new Set<keyof typeof ERROR_RESPONSES>();
  // Every route refuses a query key it does not declare (400), so every route documents the 400.
  statuses.add(400);
  if (c.auth === "required") statuses.add(401);
  for (const s of c.errors ?? []) statuses.add(s);
  if (c.body) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

function operation(c: RouteContract, components: Components, standard: Record<string, Json>): Json {
  const parameters = [
    ...pathParamNames(c.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...(c.query ? queryParameters(c.query, components, standard) : []),
  ];
  const responses: Record<string, Json> = {};
  for (const [status, r] of Object.entries(c.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.schema || r.contentType ? { content: { [r.contentType ?? "application/json"]: r.schema ? { schema: toSchema(r.schema, components) } : {} } } : {}),
    };
  }
  for (const status of errorStatuses(c)) responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  const limit = c.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return {
    operationId: c.operationId,
    summary: c.summary,
    ...(c.description ? { description: c.description } : {}),
    tags: [...c.tags],
    security: c.auth === "required" ? [{ bearerAuth: [] }, { sessionCookie: [] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(c.body
      ? {
          requestBody: {
            required: true,
            description: `JSON, at most ${Math.round(limit / 1024 / 1024)} MiB.`,
            content: {
              "application/json": { schema: toSchema(c.body, components) },
              ...(c.rawBody ? { [c.rawBody.contentType]: { schema: { type: "string", contentMediaType: c.rawBody.contentType } } } : {}),
            },
          },
        }
      : c.rawBody
        ? { requestBody: { required: true, description: c.rawBody.description, content: { [c.rawBody.contentType]: { schema: { type: "string", contentMediaType: c.rawBody.contentType } } } } }
        : {}),
    responses,
  };
}

export function buildOpenApi(contracts: readonly RouteContract[]): Json {
  const components: Components = { schemas: {} };
  const listQuery = toSchema(ZListQuery, components).properties as Record<string, Json>;
  const standard = { limit: listQuery.limit ?? {}, cursor: listQuery.cursor ?? {} };
  const paths: Record<string, Record<string, Json>> = {};
  const seen = new Set<string>();
  for (const c of contracts) {
    if (seen.has(c.operationId)) throw new Error(`Two routes are named ${c.operationId}`);
    seen.add(c.operationId);
    const item = (paths[c.path] ??= {});
    item[c.method.toLowerCase()] = operation(c, components, standard);
  }
  const errorSchema = toSchema(ZErrorOut, components);
  const used = new Set(contracts.flatMap((c) => c.tags));
  return {
    openapi: "3.1.0",
    info: {
      title: "Provenance workbench API",
      version: "1",
      description:
        "JSON in and out. Send `Authorization: Bearer <token>` (POST /tokens); a browser session works too. Every error, " +
        "on every path under /api/v1, is `{error: {code, message, issues}}`: an unknown path is a 404, a method a route " +
        "lacks a 405 with `Allow`, a body too large a 413, a body that is not JSON a 415, and a query key a route does not " +
        "declare a 400 naming it. Lists take `?limit=` (default 50, max 500) and `?cursor=` and answer " +
        "`{items, nextCursor}`: pass `nextCursor` back as `cursor` until it is null; cursors are keyset cursors, so items " +
        "added meanwhile never make a walk repeat or skip one. Ids are opaque; timestamps are ISO 8601 UTC; offsets " +
        "count UTF-16 code units.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...Object.keys(TAGS).filter((name) => used.has(name)), ...[...used].filter((name) => !(name in TAGS))].map((name) => ({
      name,
      ...(TAGS[name] ? { description: TAGS[name] } : {}),
    })),
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: components.schemas,
      parameters: {
        Limit: { name: "limit", in: "query", required: false, description: "Page size.", schema: standard.limit },
        Cursor: { name: "cursor", in: "query", required: false, description: "`nextCursor` of the page before.", schema: standard.cursor },
      },
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [name, { description, content: { "application/json": { schema: errorSchema } } }]),
      ),
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (`pwb_…`) from POST /tokens or the Tokens page." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser session of the web app." },
      },
    },
  };
}
