// Every page of the workbench, found on the file system the way Next's App Router finds them, so a
// page added later is measured without anyone remembering to list it here.
import { readdirSync } from "node:fs";
import path from "node:path";

export interface PageRoute {
  /** The URL pattern, route groups left out: `/projects/[projectId]/claims/[claimId]`. */
  route: string;
  /** Its dynamic segments' names, in order: `["projectId", "claimId"]`. */
  params: string[];
  file: string;
}

const ROOTS = ["app/(workbench)", "app/(auth)"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : walk(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** `app/(workbench)/projects/[projectId]/page.tsx` → `/projects/[projectId]`; `(group)` segments vanish. */
export function routeOf(file: string): PageRoute {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s));
  const params = segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1));
  return { route: `/${segments.join("/")}`, params, file };
}

export function discoverPages(cwd = process.cwd()): PageRoute[] {
  return ROOTS.flatMap((root) => walk(path.join(cwd, root)).map((f) => routeOf(path.relative(cwd, f)))).sort((a, b) => a.route.localeCompare(b.route));
}
