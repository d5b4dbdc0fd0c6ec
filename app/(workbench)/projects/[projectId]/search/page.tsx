// Search in a project: sources, quotes, claims and entities in any script, phrases, and claims by
// count range, through the same lib function as the API, behind the same membership gate.
import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber } from "@/app/_lib/format";
import { listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { listDocumentChoices } from "@/lib/documents/list-document-choices";
import { listEntityChoices } from "@/lib/entities/list-entity-choices";
import type { ProjectAccess } from "@/lib/access/authorize-project";
import type { SearchHit } from "@/lib/search/hits";
import { SEARCH_KINDS, type SearchKind, type TSearchQuery } from "@/lib/search/schemas";
import { searchProject } from "@/lib/search/search-project";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { typeLabeller } from "../_claims/labels";
import { loadProject } from "../_lib/load-project";
import { KIND_LABELS, KIND_ORDER, SearchResults } from "./_components/search-results";
import { SearchForm } from "./_components/search-form";
import { readSearchCursor, readSearchForm, searchPageHref, searchRequest, type SearchParams } from "./_lib/search-form";
import "../_claims/claims.css";
import "./search.css";

type Params = Promise<{ projectId: string }>;

/**
 * Each kind is its own list here (ranks count words, so a long source outranks any quote): a page
 * of each, side by side, each with its own cursor. A later page (a cursor) is of one kind.
 */
async function searchByKind(access: ProjectAccess, query: TSearchQuery) {
  const kinds = query.kinds ?? (query.q ? [...SEARCH_KINDS] : (["claim"] as SearchKind[]));
  return Promise.all(kinds.map(async (kind) => ({ kind, ...(await searchProject(access, { ...query, kinds: [kind] })) })));
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { projectId } = await params;
  const { q } = readSearchForm(await searchParams);
  const { project } = await loadProject(projectId, `/projects/${projectId}/search`);
  return { title: q ? `“${q}” · Search · ${project.name}` : `Search · ${project.name}` };
}

function countsByKind(hits: SearchHit[]): string {
  const counts = new Map<SearchHit["kind"], number>();
  for (const h of hits) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
  return KIND_ORDER.flatMap((k) => (counts.has(k) ? [[k, counts.get(k) ?? 0] as const] : [])).map(([k, n]) => `${formatNumber(n)} ${n === 1 ? KIND_LABELS[k].one.toLowerCase() : KIND_LABELS[k].many}`).join(", ");
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { projectId } = await params;
  const sp = await searchParams;
  const values = readSearchForm(sp);
  const cursor = readSearchCursor(sp);
  const from = `/projects/${projectId}/search${values.q ? `?q=${encodeURIComponent(values.q)}` : ""}`;
  const { access, project } = await loadProject(projectId, from);
  const request = searchRequest(values, cursor);
  const [found, types, documents, entities] = await Promise.all([
    request.state === "ready" ? searchByKind(access, request.query) : null,
    listClaimTypes(projectId),
    listDocumentChoices(access, 200),
    listEntityChoices(access, 500),
  ]);
  const hits: SearchHit[] = found?.flatMap((f) => f.items) ?? [];
  const terms = found?.[0]?.query.terms ?? [];
  const moreHref = (kind: SearchKind) => {
    const next = found?.find((f) => f.kind === kind)?.nextCursor;
    return next ? searchPageHref(projectId, { ...values, kinds: [kind] }, next) : null;
  };
  const typeLabel = typeLabeller(types);
  const status =
    request.state === "empty"
      ? "Type words to search for, or give a count range."
      : request.state === "invalid"
        ? "The search could not run; see the problems below."
        : hits.length === 0
          ? "No results."
          : `${cursor ? "More results" : `${formatNumber(hits.length)} result${hits.length === 1 ? "" : "s"}`}: ${countsByKind(hits)}.`;
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name, href: `/projects/${projectId}` }, { label: "Search" }]} />
      <div className="page-head">
        <h1>Search</h1>
        <p className="muted">Sources, quotes, claims and entities, in any script</p>
      </div>
      <div className="search-page">
        <SearchForm
          projectId={projectId}
          values={values}
          types={types.map((t) => ({ value: t.builtIn ? t.id : t.name, label: typeLabel(t.builtIn ? t.id : t.name) }))}
          documents={documents.map((d) => ({ id: d.id, title: d.title }))}
          entities={entities}
        />
        <section aria-labelledby="search-results-heading" className="search-section">
          <h2 id="search-results-heading">{values.q ? <>Results for “<span dir="auto">{values.q}</span>”</> : "Results"}</h2>
          <p role="status" className="search-status">
            {status}
          </p>
          {request.state === "invalid" ? (
            <ul className="form-message form-message-error">
              {request.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {hits.length ? <SearchResults projectId={projectId} hits={hits} terms={terms} typeLabel={typeLabel} moreHref={moreHref} /> : null}
          {cursor ? (
            <p className="search-more">
              <Link href={searchPageHref(projectId, { ...values, kinds: [] })}>Back to the first results of every kind</Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
