// Everything the authorisation matrix must cover, found on disk rather than listed by hand: each
// exported method of every app/api/**/route.ts, and each exported function of every module that
// declares "use server" (app/**/actions.ts and any other). Keys are those of
// lib/access/authorization-matrix.ts.
import { readdirSync, readFileSync } from "node:fs";
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

const USE_SERVER = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/;

/** Modules whose first statement is "use server": every export is a server action. */
export function actionFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") && USE_SERVER.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ServerAction = (...args: any[]) => Promise<unknown>;

export async function serverActions(): Promise<Map<string, ServerAction>> {
  const out = new Map<string, ServerAction>();
  for (const file of actionFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") out.set(`${path.relative(APP, file).split(path.sep).join("/")}#${name}`, value as ServerAction);
    }
  }
  return out;
}
