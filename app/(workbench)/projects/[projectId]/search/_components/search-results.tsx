// The results, grouped by kind (their scores are not comparable across kinds: a short claim that
// names someone twice outscores a long source), best first within each: each shows where the words
// matched and links to the very place: a source or a quote opens in the reader at the matched span
// (`?start=&end=`, UTF-16 offsets in the source's text), a claim or an entity on its page.
import Link from "next/link";
import { formatNumber } from "@/app/_lib/format";
import type { AnnotationHit, ClaimHit, DocumentHit, EntityHit, SearchHit } from "@/lib/search/hits";
import { snippetOf } from "@/lib/search/snippet";
import { snippetParts } from "../_lib/snippet-parts";
import { ENTITY_KIND_LABELS } from "../../_claims/labels";
import { StatusBadge } from "../../_claims/status-badge";
import { SnippetText } from "./snippet-text";

export const KIND_LABELS: Record<SearchHit["kind"], { one: string; many: string }> = {
  document: { one: "Source", many: "sources" },
  annotation: { one: "Quote", many: "quotes" },
  claim: { one: "Claim", many: "claims" },
  entity: { one: "Entity", many: "entities" },
};

export function readerHref(projectId: string, documentId: string, span?: { start: number; end: number }): string {
  const base = `/projects/${encodeURIComponent(projectId)}/documents/${encodeURIComponent(documentId)}`;
  return span ? `${base}?start=${span.start}&end=${span.end}` : base;
}

function bounds({ min, max }: ClaimHit["count"]): string | null {
  if (min === null && max === null) return null;
  if (min !== null && max !== null) return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  return min !== null ? `≥ ${formatNumber(min)}` : `≤ ${formatNumber(max ?? 0)}`;
}

function DocumentResult({ projectId, hit }: { projectId: string; hit: DocumentHit }) {
  const first = hit.snippet?.matches[0];
  return (
    <>
      <Link href={readerHref(projectId, hit.id, first)} className="search-title" dir="auto">
        {hit.title}
      </Link>
      {hit.version > 1 ? <span className="muted small"> version {hit.version}</span> : null}
      {hit.page !== undefined ? <span className="muted small search-page"> page {hit.page}</span> : null}
      {hit.snippet ? <SnippetText snippet={hit.snippet} whole={hit.length} /> : <p className="muted small">Matched in the title.</p>}
    </>
  );
}

function AnnotationResult({ projectId, hit }: { projectId: string; hit: AnnotationHit }) {
  return (
    <>
      <Link href={readerHref(projectId, hit.documentId, { start: hit.start, end: hit.end })} className="search-title">
        Quote in <span dir="auto">{hit.documentTitle}</span>
      </Link>
      {hit.page !== undefined ? <span className="muted small search-page"> page {hit.page}</span> : null}
      {hit.snippet ? <SnippetText snippet={hit.snippet} whole={hit.exact.length} /> : <p dir="auto">{hit.exact}</p>}
      {hit.note ? (
        <p className="muted small" dir="auto">
          Note: {hit.note}
        </p>
      ) : null}
    </>
  );
}

function ClaimResult({ projectId, hit, typeLabel }: { projectId: string; hit: ClaimHit; typeLabel: (t: string) => string }) {
  const count = bounds(hit.count);
  return (
    <>
      <Link href={`/projects/${encodeURIComponent(projectId)}/claims/${encodeURIComponent(hit.id)}`} className="search-title">
        {typeLabel(hit.type)}
        {count ? `: ${count}` : ""}
      </Link>{" "}
      <StatusBadge status={hit.status} />
      {hit.snippet ? (
        <SnippetText snippet={hit.snippet} whole={hit.text.length} />
      ) : hit.text ? (
        <p className="search-snippet" dir="auto">
          {hit.text.length > 200 ? `${hit.text.slice(0, 199)}…` : hit.text}
        </p>
      ) : null}
    </>
  );
}

/** A short text (a name) with the query's words marked. */
function Marked({ text, terms }: { text: string; terms: string[] }) {
  const snippet = snippetOf(text, terms, text.length);
  if (!snippet) return <>{text}</>;
  return (
    <>
      {snippetParts(snippet).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

function EntityResult({ projectId, hit, terms }: { projectId: string; hit: EntityHit; terms: string[] }) {
  return (
    <>
      <Link href={`/projects/${encodeURIComponent(projectId)}/entities/${encodeURIComponent(hit.id)}`} className="search-title" dir="auto">
        <Marked text={hit.name} terms={terms} />
      </Link>
      <span className="muted small"> {ENTITY_KIND_LABELS[hit.entityKind] ?? hit.entityKind}</span>
      {hit.aliases.length ? (
        <p className="small">
          Also:{" "}
          {hit.aliases.map((a, i) => (
            <span key={a}>
              {i > 0 ? " · " : null}
              <bdi>
                <Marked text={a} terms={terms} />
              </bdi>
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}

/** Entities first (a name's page is often the answer), then sources, quotes and claims. */
export const KIND_ORDER: SearchHit["kind"][] = ["entity", "document", "annotation", "claim"];

export function SearchResults({
  projectId,
  hits,
  terms,
  typeLabel,
  moreHref,
}: {
  projectId: string;
  hits: SearchHit[];
  terms: string[];
  typeLabel: (t: string) => string;
  /** The next page of one kind's results, when it has more. */
  moreHref: (kind: SearchHit["kind"]) => string | null;
}) {
  return KIND_ORDER.map((kind) => {
    const ofKind = hits.filter((h) => h.kind === kind);
    if (!ofKind.length) return null;
    const label = KIND_LABELS[kind].many;
    return (
      <section key={kind} aria-labelledby={`search-group-${kind}`} className="search-group">
        <h3 id={`search-group-${kind}`}>
          {label.charAt(0).toUpperCase() + label.slice(1)} <span className="muted">({formatNumber(ofKind.length)})</span>
        </h3>
        <ResultList projectId={projectId} hits={ofKind} terms={terms} typeLabel={typeLabel} />
        <MoreLink href={moreHref(kind)} label={label} />
      </section>
    );
  });
}

function MoreLink({ href, label }: { href: string | null; label: string }) {
  if (!href) return null;
  return (
    <p className="search-more">
      <Link href={href} rel="next">
        More {label}
      </Link>
    </p>
  );
}

function ResultList({ projectId, hits, terms, typeLabel }: { projectId: string; hits: SearchHit[]; terms: string[]; typeLabel: (t: string) => string }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className={`search-result search-result-${hit.kind}`}>
          <span className="search-kind">{KIND_LABELS[hit.kind].one}</span>
          <div className="search-body">
            {hit.kind === "document" ? <DocumentResult projectId={projectId} hit={hit} /> : null}
            {hit.kind === "annotation" ? <AnnotationResult projectId={projectId} hit={hit} /> : null}
            {hit.kind === "claim" ? <ClaimResult projectId={projectId} hit={hit} typeLabel={typeLabel} /> : null}
            {hit.kind === "entity" ? <EntityResult projectId={projectId} hit={hit} terms={terms} /> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
