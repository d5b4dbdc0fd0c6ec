// The authorisation matrix over every route handler: each cell of ROUTE_MATRIX is a real request
// (a fresh, valid one) by that principal, and must answer exactly the status written there; a
// denied cell must also change nothing. A route without a row, or a row without a route, fails.
import "../support/next-async-storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverage, newTally, runRow, summary } from "../support/authorization/tally";
import { routeHandlers } from "../support/authorization/inventory";
import { ROUTE_REQUESTS } from "../support/authorization/route-requests";
import { credentials, type RouteHandler, send } from "../support/authorization/send";
import { worldState } from "../support/authorization/snapshot";
import { createWorld, type World } from "../support/authorization/world";
import { ROUTE_MATRIX } from "@/lib/access/authorization-matrix";

let world: World;
let handlers: Map<string, RouteHandler>;
const tally = newTally();

beforeAll(async () => {
  [world, handlers] = await Promise.all([createWorld(), routeHandlers()]);
}, 120_000);

afterAll(async () => {
  console.log(summary("routes", tally));
  // The live route's stream keeps one LISTEN connection per process; close it with the run.
  await (globalThis as { liveHub?: { sql: { end(): Promise<void> } } }).liveHub?.sql.end();
});

describe("the route inventory", () => {
  it("has a row for every exported method of every app/api/**/route.ts, and no row for a route that is gone", () => {
    expect(handlers.size).toBeGreaterThan(60);
    expect(coverage("route", Object.keys(ROUTE_MATRIX), [...handlers.keys()])).toEqual([]);
  });

  it("has a request for every row", () => {
    expect(Object.keys(ROUTE_REQUESTS).sort()).toEqual(Object.keys(ROUTE_MATRIX).sort());
  });
});

describe("every route × every principal", () => {
  it.each(Object.entries(ROUTE_MATRIX))("%s", async (key, row) => {
    const handler = handlers.get(key);
    const build = ROUTE_REQUESTS[key];
    if (!handler || !build) throw new Error(`${key}: no handler or no request (see the inventory tests)`);
    const method = key.slice(0, key.indexOf(" "));
    const problems = await runRow(
      key,
      row,
      tally,
      async (who) => {
        const req = await build(world, who);
        return {
          run: async () => {
            const res = await send(handler, method, key, req, credentials(world, who));
            return { status: res.status, detail: res.text, shortfall: res.status < 400 ? (req.unless?.(res) ?? null) : null };
          },
        };
      },
      () => worldState(world),
    );
    expect(problems).toEqual([]);
  });
});
