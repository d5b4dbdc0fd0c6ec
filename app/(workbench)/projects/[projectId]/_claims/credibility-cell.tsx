// A claim's credibility (1-6), judged by reviewers: kept apart from its sources' reliability
// letters, as the Admiralty scale intends. "—" until a reviewer has judged it.
import { CREDIBILITY_LABELS } from "@/lib/reviews/schemas";

/** The claim's credibility when the claim view carries one. */
export function credibilityOf(claim: object): number | null {
  const value = (claim as { credibility?: unknown }).credibility;
  return typeof value === "number" ? value : null;
}

export function Credibility({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <span className="muted" title="Not judged by a reviewer yet">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not judged yet</span>
      </span>
    );
  }
  const label = CREDIBILITY_LABELS[value] ?? "";
  return (
    <span className="credibility" title={`${value}: ${label}`}>
      {value}
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}
