// The orphan queue as the page shows it: each orphan's old quote and context, why it was not
// placed, who made it, and the candidate places with their surrounding text. Candidates are only
// offered when they were computed for the newest version (the one a re-attach lands on).
import { CONTEXT_LENGTH, prefixBefore, suffixAfter, validateSpan } from "@/lib/anchoring";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { ORPHAN_REASON_TEXT, parseOrphanInfo } from "@/lib/annotations/orphan-info";

const CONTEXT = 80;

/** Whether a context piece stops short of the text's start or end (one unit less: a surrogate pair kept whole). */
export interface Cut {
  before: boolean;
  after: boolean;
}

export interface CandidateView {
  start: number;
  end: number;
  score: number;
  before: string;
  exact: string;
  after: string;
  cut: Cut;
}

export interface OrphanView {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  cut: Cut;
  note: string | null;
  createdBy: string;
  createdAt: string;
  fromVersion: number | null;
  reason: string;
  candidates: CandidateView[];
  candidatesStale: boolean;
  /** Where to put the caret when the person selects the words themselves. */
  hint: { start: number; end: number };
}

interface Context {
  newest: { id: string; text: string };
  versionOf: Map<string, number>;
  names: Map<string, string>;
}

export function orphanViews(orphans: AnnotationView[], { newest, versionOf, names }: Context): OrphanView[] {
  const { text } = newest;
  return orphans.map((a) => {
    const info = parseOrphanInfo(a.orphan);
    const current = info?.toDocumentId === newest.id;
    const candidates = (current ? (info?.candidates ?? []) : [])
      .filter((c) => validateSpan(text, c.start, c.end).ok)
      .map((c) => ({
        ...c,
        before: prefixBefore(text, c.start, CONTEXT),
        exact: text.slice(c.start, c.end),
        after: suffixAfter(text, c.end, CONTEXT),
        cut: { before: c.start > CONTEXT, after: c.end < text.length - CONTEXT },
      }));
    const near = Math.min(a.start, text.length);
    return {
      id: a.id,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      cut: { before: a.prefix.length >= CONTEXT_LENGTH - 1, after: a.suffix.length >= CONTEXT_LENGTH - 1 },
      note: a.note,
      createdBy: names.get(a.createdBy) ?? "an unknown person",
      createdAt: a.createdAt,
      fromVersion: versionOf.get(info?.fromDocumentId ?? a.documentId) ?? null,
      reason: info ? ORPHAN_REASON_TEXT[info.reason] : "It could not be placed on the new text.",
      candidates,
      candidatesStale: !current && (info?.candidates.length ?? 0) > 0,
      hint: candidates[0] ? { start: candidates[0].start, end: candidates[0].end } : { start: near, end: near },
    };
  });
}
