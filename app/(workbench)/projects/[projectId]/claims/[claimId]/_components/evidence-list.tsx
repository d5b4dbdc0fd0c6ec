// The claim's evidence: each span's exact words, its document and its offsets (UTF-16 code units
// of the document's stored text, as everywhere in the API).
import type { EvidenceSpan } from "@/lib/claims/describe-claims";
import { EvidenceQuote } from "../../../_claims/evidence-quote";

export function EvidenceList({ projectId, spans }: { projectId: string; spans: EvidenceSpan[] }) {
  if (spans.length === 0) return <p className="muted">No evidence.</p>;
  return (
    <ol className="evidence-list">
      {spans.map((span) => (
        <li key={span.annotationId}>
          <EvidenceQuote projectId={projectId} span={span} showOffsets />
        </li>
      ))}
    </ol>
  );
}
