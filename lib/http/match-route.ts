// Finds the route a request path reaches in the table of routes and their methods, the way Next
// picks a route file (a literal segment wins over a parameter), and says which methods it allows.
export interface RouteEntry {
  /** OpenAPI form below the API's base: "/projects/{projectId}/members". */
  path: string;
  methods: string[];
}

const isParam = (segment: string) => segment.startsWith("{");

/** The route `pathname` (below the base) reaches, or undefined when none does. */
export function matchRoute(table: readonly RouteEntry[], pathname: string): RouteEntry | undefined {
  const parts = pathname.split("/").filter(Boolean);
  const candidates = table.filter((entry) => {
    const segments = entry.path.split("/").filter(Boolean);
    return segments.length === parts.length && segments.every((s, i) => isParam(s) || s === parts[i]);
  });
  // The most specific: the first segment where two candidates differ is a literal in the winner.
  return candidates.sort((a, b) => {
    const x = a.path.split("/");
    const y = b.path.split("/");
    for (let i = 0; i < x.length; i++) if (isParam(x[i] ?? "") !== isParam(y[i] ?? "")) return isParam(x[i] ?? "") ? 1 : -1;
    return 0;
  })[0];
}

/** The `Allow` header of a route: its methods, HEAD where it has GET, and OPTIONS (Next answers both). */
export function allowedMethods(entry: RouteEntry): string[] {
  const allowed = new Set(entry.methods);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return [...allowed].sort();
}
