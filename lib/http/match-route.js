// Finds the route a request path reaches in the table of routes and their methods, the way Next
// picks a route file (a literal segment wins over a parameter), and says which methods it allows.
// Plain JavaScript because the app server (scripts/lib/app-server.mjs) routes with it too.

/**
 * @typedef {object} RouteEntry
 * @property {string} path OpenAPI form below the API's base: "/projects/{projectId}/members".
 * @property {string[]} methods
 */

/** @param {string} segment */
const isParam = (segment) => segment.startsWith("{");

/** @param {string} path */
const segmentsOf = (path) => path.split("/").filter(Boolean);

/**
 * A matcher for one table, its routes sorted once so that the first that fits is the one Next
 * takes: the most specific, where the first segment at which two candidates differ is a literal.
 * @template {RouteEntry} T
 * @param {readonly T[]} table
 * @returns {(pathname: string) => T | undefined} the route `pathname` (below the base) reaches
 */
export function routeMatcher(table) {
  const routes = table
    .map((entry) => ({ entry, segments: segmentsOf(entry.path) }))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
        const x = isParam(a.segments[i] ?? "");
        if (x !== isParam(b.segments[i] ?? "")) return x ? 1 : -1;
      }
      return 0;
    });
  return (pathname) => {
    const parts = segmentsOf(pathname);
    return routes.find(({ segments }) => segments.length === parts.length && segments.every((s, i) => isParam(s) || s === parts[i]))?.entry;
  };
}

/**
 * The route `pathname` (below the base) reaches, or undefined when none does.
 * @template {RouteEntry} T
 * @param {readonly T[]} table
 * @param {string} pathname
 * @returns {T | undefined}
 */
export function matchRoute(table, pathname) {
  return routeMatcher(table)(pathname);
}

/**
 * The `Allow` header of a route: its methods, HEAD where it has GET, and OPTIONS (Next answers both).
 * @param {RouteEntry} entry
 * @returns {string[]}
 */
export function allowedMethods(entry) {
  const allowed = new Set(entry.methods);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return [...allowed].sort();
}
