// A source's reliability letter on the Admiralty scale (A-F). The letter is what researchers scan
// for; the label is there for hover and for screen readers.
import { RELIABILITY_LABELS } from "@/lib/entities/schemas";

export function reliabilityLabel(letter: string | null): string {
  if (!letter) return "Reliability not judged";
  const label = RELIABILITY_LABELS[letter as keyof typeof RELIABILITY_LABELS];
  return label ? `${letter}: ${label}` : letter;
}

export function ReliabilityBadge({ letter }: { letter: string | null }) {
  const label = reliabilityLabel(letter);
  return (
    <span className={letter ? `reliability reliability-${letter}` : "reliability reliability-none"} title={label}>
      <span aria-hidden="true">{letter ?? "–"}</span>
      <span className="visually-hidden">({label})</span>
    </span>
  );
}
