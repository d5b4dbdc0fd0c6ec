// Everything the authorisation matrix must cover, found on disk rather than listed by hand: each
// exported method of every app/api/**/route.ts. Keys are those of lib/access/authorization-matrix.ts.
import path from "node:path";
import { ROUTE_METHODS, routeFiles, routePath } from "../route-files";
import type { RouteHandler } from "./send";

const APP = path.resolve(import.meta.dirname, "../../../app");

export async function routeHandlers(): Promise<Map<string, RouteHandler>> {
  const out = new Map<string, RouteHandler>();
  for (const file of routeFiles(path.join(APP, "api"))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of ROUTE_METHODS) {
      const handler = mod[method];
      if (typeof handler === "function") out.set(`${method} /api${routePath(file, path.join(APP, "api"))}`, handler as RouteHandler);
    }
  }
  return out;
}
