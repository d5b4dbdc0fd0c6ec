// Every write handler of the public API, found by walking app/api/v1/**/route.ts, so a new write
// route is fuzzed (or the fuzz test fails for want of a target) without anyone editing a list.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RouteContract } from "@/lib/http/contract";
import { contractOf } from "@/lib/http/handle";

export const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface WriteRoute {
  /** "POST /projects/{projectId}/documents": method and the contract's path. */
  key: string;
  file: string;
  handler: RouteHandler;
  /** Absent when the handler was not built with handle(); the fuzz test reports it. */
  contract: RouteContract | undefined;
}

const API_DIR = fileURLToPath(new URL("../../../app/api/v1", import.meta.url));

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    // A catch-all route answers 404 to paths no route has: nothing to fuzz.
    entries.map((e) => (e.isDirectory() && e.name.startsWith("[...") ? Promise.resolve([]) : e.isDirectory() ? routeFiles(path.join(dir, e.name)) : Promise.resolve(e.name === "route.ts" ? [path.join(dir, e.name)] : []))),
  );
  return nested.flat().sort();
}

/** The folder path as a key when a handler has no contract: "/projects/[projectId]/documents". */
function folderPath(file: string): string {
  return `/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
}

export async function discoverWriteRoutes(): Promise<WriteRoute[]> {
  const routes: WriteRoute[] = [];
  for (const file of await routeFiles(API_DIR)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const method of WRITE_METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      const contract = contractOf(handler);
      routes.push({ key: `${method} ${contract?.path ?? folderPath(file)}`, file, handler: handler as RouteHandler, contract });
    }
  }
  return routes;
}
