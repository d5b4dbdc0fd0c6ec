// The measured calls, each through the real lib function a page or the API uses: search, the
// claim list with filters, the compare view, and opening a source in the reader (what its page
// loads: the document gate, the document, the project, the annotation spans and who added it).
import type { ProjectAccess } from "../../../lib/access/authorize-project";
import { authorizeDocument } from "../../../lib/access/authorize-project";
import { listAnnotationSpans } from "../../../lib/annotations/list-annotation-spans";
import { compareClaims } from "../../../lib/claims/compare-claims";
import { listClaims } from "../../../lib/claims/list-claims";
import { getDocument } from "../../../lib/documents/get-document";
import { getProject } from "../../../lib/projects/get-project";
import { ZSearchQuery } from "../../../lib/search/schemas";
import { searchProject } from "../../../lib/search/search-project";
import { getUserName } from "../../../lib/users/get-user-name";
import type { ListInput, SearchInput } from "./inputs";
import { naiveSearch } from "./naive-search";
import { measure, type Run, type Series } from "./measure";

async function series<T>(name: string, inputs: T[], label: (x: T) => string, call: (x: T) => Promise<unknown>, warmup = 0): Promise<Series & { results: unknown[] }> {
  for (const x of inputs.slice(0, warmup)) await call(x);
  const runs: Run[] = [];
  const results: unknown[] = [];
  for (const x of inputs.slice(warmup)) {
    const { result, ...run } = await measure(label(x), () => call(x));
    runs.push(run);
    results.push(result);
  }
  return { name, runs, results };
}

export function searchSeries(access: ProjectAccess, inputs: SearchInput[], warmup: number) {
  return series("search", inputs, (x) => `search ${x.kind} ${JSON.stringify(x.q)}`, (x) => searchProject(access, ZSearchQuery.parse({ q: x.q })), warmup);
}

/**
 * The same searches paged on: each measured call is the next page of one search, asked with the
 * cursor the page before gave (its first page is asked unmeasured; a search that has no second
 * page is measured on nothing). Two pages on per search.
 */
export async function searchPagesSeries(access: ProjectAccess, inputs: SearchInput[], warmup: number) {
  const steps: { q: string; cursor: string; page: number }[] = [];
  for (const x of inputs) {
    let cursor = (await searchProject(access, ZSearchQuery.parse({ q: x.q }))).nextCursor;
    for (let page = 2; page <= 3 && cursor; page++) {
      steps.push({ q: x.q, cursor, page });
      cursor = (await searchProject(access, ZSearchQuery.parse({ q: x.q, cursor }))).nextCursor;
    }
  }
  return series("search, next pages by cursor", steps, (x) => `page ${x.page} ${JSON.stringify(x.q)}`, (x) => searchProject(access, ZSearchQuery.parse({ q: x.q, cursor: x.cursor })), Math.min(warmup, steps.length));
}

/** The same searches ranked the plain way (naive-search.ts): the baseline of the same run. */
export function naiveSearchSeries(access: ProjectAccess, inputs: SearchInput[], warmup: number) {
  return series("search, every match ranked by ts_rank_cd (baseline)", inputs, (x) => `naive ${x.kind} ${JSON.stringify(x.q)}`, (x) => naiveSearch(access.projectId, x.q), warmup);
}

export function listSeries(access: ProjectAccess, inputs: ListInput[], warmup: number) {
  return series("claim list", inputs, (x) => `list status=${x.status} type=${x.type} entity=${x.entityId}`, (x) => listClaims(access, { ...x, limit: 100 }), warmup);
}

export function compareSeries(access: ProjectAccess, entityId: string, runs: number, warmup: number) {
  const inputs = Array.from({ length: runs + warmup }, () => entityId);
  return series("compare", inputs, (x) => `compare victim_count entity=${x}`, (x) => compareClaims(access, { type: "victim_count", entityId: x }), warmup);
}

export function documentSeries(access: ProjectAccess, inputs: string[], warmup: number) {
  return series(
    "document open",
    inputs,
    (x) => `open ${x}`,
    async (id) => {
      const gate = await authorizeDocument(access.userId, id, "document.read");
      const [document] = await Promise.all([getDocument(gate, id), getProject(gate)]);
      const [, spans] = await Promise.all([getUserName(document.createdBy), listAnnotationSpans(gate, id)]);
      return { length: document.length, annotations: spans.rows.length };
    },
    warmup,
  );
}
