// Which methods each /api/v1 route file exports, read from the files themselves when the app builds
// (next.config.js hands the table to the proxy), so that a method a route lacks is answered 405 with
// `Allow` and the API's error shape instead of Next's empty 405, for every route, new ones included.
// Plain JavaScript because next.config.js loads it before TypeScript is in play.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const DECLARED = /export\s+(?:const|let|var|(?:async\s+)?function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g;
const RE_EXPORTED = /export\s*\{([^}]*)\}/g;

/**
 * The methods a route module's source exports: `export const GET = …`, `export async function GET`,
 * `export { handler as GET }`.
 * @param {string} source
 * @returns {string[]}
 */
export function exportedMethods(source) {
  const found = new Set([...source.matchAll(DECLARED)].map((m) => m[1] ?? ""));
  for (const m of source.matchAll(RE_EXPORTED)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name = part.trim().split(/\s+as\s+/).at(-1)?.trim() ?? "";
      if (METHODS.includes(name)) found.add(name);
    }
  }
  return METHODS.filter((method) => found.has(method));
}

/**
 * Every route below `dir` as `{path, methods}`, the path in OpenAPI form below that folder
 * ("/projects/{projectId}/members"); route groups vanish; catch-all routes are left out (they
 * answer paths no route has).
 * @param {string} dir
 * @param {string} [base]
 * @returns {{path: string, methods: string[]}[]}
 */
export function scanRouteTable(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("[...") || entry.name.startsWith("[[...") ? [] : scanRouteTable(full, base);
    if (entry.name !== "route.ts" && entry.name !== "route.js") return [];
    const segments = path
      .relative(base, dir)
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s))
      .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"));
    return [{ path: `/${segments.join("/")}`, methods: exportedMethods(readFileSync(full, "utf8")) }];
  });
}
