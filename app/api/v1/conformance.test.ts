// The general contract of the API (../shared API contract, "General"), checked on every operation of
// the generated OpenAPI document against the running handlers on a real Postgres, with the
// authorisation matrix's world and valid requests (test/support/authorization):
// - every operation has a summary and a description;
// - a valid request answers a documented status with a body its documented schema describes;
// - a query key the operation does not declare is a 400 naming it, and changes nothing;
// - every list takes `limit` and `cursor`, and following `nextCursor` visits every item exactly once
//   in a stable order while items are being added (no repeats, no gaps); a bad cursor or limit is a 400;
// - a JSON body of another type is a 415, one larger than the route takes a 413, changing nothing;
// - an unknown path is a 404 and a method a route lacks a 405 with `Allow`, both in the error shape.
// A new route is checked as soon as its contract is in the document; one that breaks the
// convention fails here.
import "@/test/support/next-async-storage";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_CONTRACTS } from "@/lib/http/contracts";
import { allowedMethods } from "@/lib/http/match-route";
import { buildOpenApi } from "@/lib/http/openapi";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/read-json";
import { scanRouteTable } from "@/lib/http/scan-route-table.js";
import { routeHandlers } from "@/test/support/authorization/inventory";
import { ROUTE_REQUESTS } from "@/test/support/authorization/route-requests";
import { type CellAnswer, type CellRequest, credentials, type RouteHandler, send } from "@/test/support/authorization/send";
import { worldState } from "@/test/support/authorization/snapshot";
import { createWorld, type World } from "@/test/support/authorization/world";
import { LIST_TARGETS, populateWorld } from "@/test/support/conformance/list-targets";
import { type Operation, operationsOf } from "@/test/support/conformance/operations";
import { walkList, walkProblems, withQuery } from "@/test/support/conformance/walk-list";
import { openApiReader } from "@/test/support/openapi";
import { proxy } from "@/proxy";

type Json = Record<string, unknown>;

const V1 = path.resolve(import.meta.dirname);
const doc = buildOpenApi(ALL_CONTRACTS);
const reader = openApiReader(doc);
const operations = operationsOf(doc);
const validateError = reader.compile({ $ref: "#/components/schemas/Error" });

let world: World;
let handlers: Map<string, RouteHandler>;

beforeAll(async () => {
  [world, handlers] = await Promise.all([createWorld(), routeHandlers()]);
  await populateWorld(world);
}, 180_000);

afterAll(async () => {
  await (globalThis as { liveHub?: { sql: { end(): Promise<void> } } }).liveHub?.sql.end();
});

/** The owner's valid request for an operation (the matrix's), or a richer one for a thin list. */
async function validRequest(o: Operation): Promise<CellRequest> {
  const build = (o.isList ? LIST_TARGETS[o.key] : undefined) ?? ROUTE_REQUESTS[o.key];
  if (!build) throw new Error(`${o.key} has no request in test/support/authorization/ (the authorisation matrix test names it too)`);
  return build(world, "owner");
}

function sendAs(o: Operation, req: CellRequest) {
  const handler = handlers.get(o.key);
  if (!handler) throw new Error(`${o.label} is in the document but no route file answers it`);
  return send(handler, o.method, o.key, req, credentials(world, "owner"));
}

/** The answer is `{error: {code, message, issues}}` as the documented Error schema says, with the status. */
function errorShapeProblems(what: string, res: { status: number; headers: Headers; text: string }, status: number): string[] {
  if (res.status !== status) return [`${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 200)}`];
  if (!res.headers.get("content-type")?.startsWith("application/json")) return [`${what}: ${status} is not JSON (${res.headers.get("content-type")})`];
  const body = JSON.parse(res.text) as unknown;
  return validateError(body) ? [] : [`${what}: ${status} is not in the error shape: ${res.text.slice(0, 200)}`];
}

/** A refused request must leave the world as it was (the request is built first: building may write). */
async function refused(what: string, o: Operation, change: (valid: CellRequest) => CellRequest, check: (res: CellAnswer) => string[]): Promise<string[]> {
  const req = change(await validRequest(o));
  const before = await worldState(world);
  const problems = check(await sendAs(o, req));
  const after = await worldState(world);
  return isDeepStrictEqual(before, after) ? problems : [...problems, `${what} changed the project: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
}

describe("every operation in the OpenAPI document", () => {
  it("finds the operations and a route for each", () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((o) => !handlers.has(o.key)).map((o) => o.label)).toEqual([]);
  });

  it.each(operations.map((o) => [o.label, o] as const))("%s keeps the general contract", async (_label, o) => {
    const problems: string[] = [];
    if (!String(o.op.summary ?? "").trim()) problems.push("no summary");
    if (!String(o.op.description ?? "").trim()) problems.push("no description");

    // A valid request answers a documented success, described by its schema.
    const req = await validRequest(o);
    const res = await sendAs(o, req);
    const documented = (o.op.responses ?? {}) as Record<string, Json>;
    if (res.status >= 400 || !documented[res.status]) {
      problems.push(`a valid request answered ${res.status}, which is not a documented success: ${res.text.slice(0, 300)}`);
    } else if (res.headers.get("content-type")?.startsWith("application/json")) {
      const schema = reader.responseSchema(o.path, o.method, res.status);
      if (!schema) problems.push(`answers JSON with ${res.status} but documents no schema for it`);
      else {
        const validate = reader.compile(schema);
        if (!validate(JSON.parse(res.text))) problems.push(`the ${res.status} answer does not match its schema: ${JSON.stringify(validate.errors).slice(0, 400)}`);
      }
    }

    // A query key the operation does not declare is refused, naming it.
    problems.push(
      ...(await refused("an unknown query key", o, (valid) => ({ ...valid, url: withQuery(valid.url ?? "/", { zz_unknown: "1" }) }), (bad) => {
        const shape = errorShapeProblems("an unknown query key", bad, 400);
        if (shape.length) return shape;
        const issues = (JSON.parse(bad.text) as { error: { issues: { path: unknown[] }[] } }).error.issues;
        return issues.some((i) => i.path[0] === "zz_unknown") ? [] : [`an unknown query key was refused without naming it: ${bad.text}`];
      })),
    );
    if (!documented["400"]) problems.push("does not document its 400 answer");

    if (o.jsonBody) {
      const asText = (valid: CellRequest) => ({ ...valid, body: new TextEncoder().encode(JSON.stringify(valid.body ?? {})), headers: { ...valid.headers, "content-type": "text/plain" } });
      problems.push(...(await refused("a body of another type", o, asText, (bad) => errorShapeProblems("a text/plain body", bad, 415))));
      const ceiling = ALL_CONTRACTS.find((c) => c.operationId === o.op.operationId)?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const padded = (valid: CellRequest) => ({ ...valid, body: { ...(valid.body as Json), padding: "x".repeat(ceiling) } });
      problems.push(...(await refused("a body too large", o, padded, (bad) => errorShapeProblems("a body over the route's limit", bad, 413))));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("every list", () => {
  const lists = operations.filter((o) => o.isList);

  it("is found in the document", () => {
    expect(lists.length).toBeGreaterThan(15);
  });

  it.each(lists.map((o) => [o.label, o] as const))("%s pages to the end with limit and cursor, no repeats and no gaps", async (_label, o) => {
    expect(o.query, `${o.label} must take limit and cursor`).toEqual(expect.arrayContaining(["limit", "cursor"]));
    const req = await validRequest(o);
    const fetchPage = (url: string) => sendAs(o, { ...req, url });
    const whole = await fetchPage(withQuery(req.url ?? "/", { limit: "500" }));
    expect(whole.status, whole.text).toBe(200);
    const before = (JSON.parse(whole.text) as { items: Json[] }).items;
    expect(before.length, `${o.label}: its list holds ${before.length} items, too few to show paging; give it a richer target in test/support/conformance/list-targets.ts`).toBeGreaterThanOrEqual(2);

    // About five pages, with new items added to the project after the first.
    const limit = Math.max(1, Math.ceil(before.length / 5));
    let added = false;
    const walk = await walkList(fetchPage, req.url ?? "/", {
      limit,
      maxPages: before.length + 20,
      between: async () => {
        if (added) return;
        added = true;
        await addItems(o);
      },
    });
    expect(walk.problem).toBeNull();
    expect(walk.pages).toBeGreaterThan(1);
    expect(walkProblems(before, walk.items), `${o.label} walked with limit=${limit}`).toEqual([]);

    // Limits and cursors the list did not give out are refused, naming them.
    for (const [key, value] of [["limit", "0"], ["limit", "501"], ["cursor", "bm90LWEtY3Vyc29y"]] as const) {
      const bad = await fetchPage(withQuery(req.url ?? "/", { [key]: value }));
      expect(errorShapeProblems(`${key}=${value}`, bad, 400)).toEqual([]);
      expect(bad.text, `${key}=${value} must be named`).toContain(`"${key}"`);
    }
  }, 120_000);
});

/** Adds items while a client pages: the write on the list's own path if there is one, and a new source. */
async function addItems(list: Operation): Promise<void> {
  const write = operations.find((o) => o.path === list.path && o.method === "POST");
  if (write) {
    const res = await sendAs(write, await validRequest(write));
    expect(res.status, `adding to ${list.path}: ${res.text}`).toBeLessThan(300);
  }
  await world.newDocument();
}

describe("answers no route gives", () => {
  const catchAll = path.join(V1, "[...path]", "route.ts");

  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("%s on an unknown path is a 404 in the error shape", async (method) => {
    const mod = (await import(catchAll)) as Record<string, RouteHandler>;
    const handler = mod[method];
    expect(handler, `the catch-all route exports ${method}`).toBeDefined();
    const res = await send(handler!, method, `${method} /api/v1/{path}`, { url: "/api/v1/projects/prj_x/nothing-here", params: { path: ["projects", "prj_x", "nothing-here"] } }, credentials(world, "owner"));
    expect(errorShapeProblems(`${method} on an unknown path`, res, 404)).toEqual([]);
  });

  it("reads the methods of every route file as they really are", async () => {
    const table = scanRouteTable(V1);
    const scanned = table.flatMap((r) => r.methods.map((m) => `${m} /api/v1${r.path}`)).sort();
    const real = [...handlers.keys()].filter((k) => k.includes(" /api/v1/") && !k.includes("{path}")).sort();
    expect(scanned).toEqual(real);
  });

  it("answers a method a route lacks with 405, `Allow` and the error shape, on every route", async () => {
    process.env.API_V1_ROUTES = JSON.stringify(scanRouteTable(V1));
    const problems: string[] = [];
    let refused = 0;
    for (const route of scanRouteTable(V1)) {
      const url = `http://localhost:3000/api/v1${route.path.replace(/\{[^}]+\}/g, "x_1")}`;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const res = proxy(new NextRequest(url, { method }));
        const allowed = allowedMethods(route).includes(method);
        if (allowed) {
          if (res.headers.get("x-middleware-next") !== "1") problems.push(`${method} ${route.path} is allowed but the proxy answered ${res.status}`);
          continue;
        }
        refused++;
        const text = await res.text();
        problems.push(...errorShapeProblems(`${method} ${route.path}`, { status: res.status, headers: res.headers, text }, 405));
        if (res.headers.get("allow") !== allowedMethods(route).join(", ")) problems.push(`${method} ${route.path}: Allow is ${res.headers.get("allow")}`);
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(100);
  });
});
