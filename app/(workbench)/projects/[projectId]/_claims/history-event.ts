// One line for each event in a claim's history: what was done, to which version, and for a review
// or deprecation the decision, note and reason recorded with it.

export interface EventSummary {
  /** Completes "Olive Owner …": "created the claim", "approved it". */
  action: string;
  /** "version 1 → 2", or "version 1" when the event made the first version. */
  version: string | null;
  note: string | null;
  credibility: number | null;
}

const DECISIONS: Record<string, string> = {
  approve: "approved it",
  reject: "rejected it",
  request_changes: "requested changes",
  dispute: "disputed it",
};

const ACTIONS: Record<string, string> = {
  "claim.created": "created the claim",
  "claim.updated": "edited the claim",
  "claim.submitted": "submitted it for review",
  "claim.deprecated": "deprecated it",
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "number" ? v : null);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

export function summariseEvent(type: string, data: unknown): EventSummary {
  const d = isRecord(data) ? data : {};
  const before = isRecord(d.before) ? num(d.before.version) : null;
  const after = isRecord(d.after) ? num(d.after.version) : null;
  const version = after === null ? null : before === null || before === after ? `version ${after}` : `version ${before} → ${after}`;
  const review = isRecord(d.review) ? d.review : null;
  const action = review
    ? (DECISIONS[String(review.decision)] ?? `reviewed it (${String(review.decision)})`)
    : (ACTIONS[type] ?? type.split(".").slice(1).join(" ").replace(/_/g, " "));
  return {
    action,
    version,
    note: str(review?.note) ?? str(d.reason) ?? str(d.note),
    credibility: num(review?.credibility),
  };
}
