// An evidence span: the exact words, where they stand (UTF-16 offsets, as everywhere in the API)
// with the page on a paged source, and a link to the document in the reader.
import Link from "next/link";
import type { EvidenceSpan } from "@/lib/claims/describe-claims";
import { pageLabel } from "@/lib/pdf-view/page-spans";
import { truncate } from "./claim-summary";

export function EvidenceQuote({ projectId, span, maxChars, showOffsets = false }: { projectId: string; span: EvidenceSpan; maxChars?: number; showOffsets?: boolean }) {
  const exact = span.exact ?? "";
  return (
    <figure className="evidence">
      <blockquote dir="auto" className="evidence-quote" title={maxChars && [...exact].length > maxChars ? exact : undefined}>
        {exact ? (maxChars ? truncate(exact, maxChars) : exact) : <span className="muted">(annotation no longer available)</span>}
      </blockquote>
      <figcaption className="evidence-source">
        {span.documentId ? (
          <Link href={`/projects/${projectId}/documents/${span.documentId}`} dir="auto">
            {span.documentTitle ?? "Document"}
          </Link>
        ) : (
          <span className="muted">Unknown document</span>
        )}
        {span.pageStart ? (
          <span className="evidence-page" data-testid="evidence-page">
            {" "}
            · {pageLabel({ pageStart: span.pageStart, pageEnd: span.pageEnd ?? span.pageStart })}
          </span>
        ) : null}
        {showOffsets && span.start !== null && span.end !== null ? (
          <span className="muted">
            {" "}
            · characters {span.start}–{span.end}
          </span>
        ) : null}
        {span.status !== "active" ? <span className="evidence-flag"> · {span.status}</span> : null}
      </figcaption>
    </figure>
  );
}
