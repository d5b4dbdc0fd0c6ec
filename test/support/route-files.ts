// The route handlers as the file system declares them: every route.ts below a folder, with the
// URL path Next serves it at. The OpenAPI coverage test and the authorisation matrix both walk
// this list, so a new route file cannot slip past either.
import { readdirSync } from "node:fs";
import path from "node:path";

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/projects/[projectId]/route.ts below app/api/v1 → /projects/{projectId}; route groups vanish. */
export function routePath(file: string, base: string): string {
  const segments = path
    .relative(base, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

/** A catch-all route (`[...path]`) answers paths no route has; it has no contract of its own. */
export function isCatchAll(file: string): boolean {
  return file.split(path.sep).some((s) => s.startsWith("[..."));
}
