// A URL for every discovered page, its dynamic segments filled from a project's data and, where the
// page needs one to show its real work, a query (a search term, a compare subject, two releases).
// A page with a segment nobody knows how to fill stops the benchmark, naming it, rather than going
// unmeasured.
import type { PageRoute } from "./discover-pages";
import type { ProjectSample } from "./project-sample";

export interface PageVisit {
  route: string;
  /** The path and query to request, or null when the project cannot show this page (`skipped` says why). */
  url: string | null;
  skipped?: string;
  /** Pages a signed-in user is sent away from (sign-in, sign-up) are requested without the session. */
  signedOut: boolean;
  /** Pages about no project (the projects list, tokens, sign-in...) are the same route in every phase. */
  projectBound: boolean;
}

const SIGNED_OUT = new Set(["/sign-in", "/sign-up"]);

function segmentValue(name: string, sample: ProjectSample): string {
  const values: Record<string, string> = { projectId: sample.projectId, documentId: sample.documentId, claimId: sample.claimId, entityId: sample.entityId };
  const value = values[name];
  if (!value) throw new Error(`bench:pages does not know how to fill the segment [${name}]: add it to scripts/bench/pages/page-urls.ts`);
  return encodeURIComponent(value);
}

/** The query a page needs to do its real work; null when the project lacks what it needs. */
function queryFor(route: string, sample: ProjectSample): { query: string } | { skipped: string } {
  const q = new URLSearchParams();
  if (route.endsWith("/search")) q.set("q", sample.searchQuery);
  if (route.endsWith("/[projectId]/compare")) {
    q.set("type", "victim_count");
    if (sample.compareSubjectId) q.set("subject", sample.compareSubjectId);
  }
  if (route.endsWith("/releases/compare")) {
    if (!sample.releases) return { skipped: "the project has fewer than two releases" };
    q.set("base", sample.releases[0]);
    q.set("head", sample.releases[1]);
  }
  const query = q.toString();
  return { query: query ? `?${query}` : "" };
}

export function pageVisit(page: PageRoute, sample: ProjectSample): PageVisit {
  const path = page.route.replace(/\[([^\]]+)\]/g, (_, name: string) => segmentValue(name, sample));
  const query = queryFor(page.route, sample);
  const base = { route: page.route, signedOut: SIGNED_OUT.has(page.route), projectBound: page.params.length > 0 };
  return "skipped" in query ? { ...base, url: null, skipped: query.skipped } : { ...base, url: path + query.query };
}
