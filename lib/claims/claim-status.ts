// A claim's review statuses, and how the pages and the reader's filters name them (plain data, so the
// reader's engine takes it without the schemas).
export const CLAIM_STATUSES = ["draft", "submitted", "approved", "rejected", "changes_requested", "disputed"] as const;

export const CLAIM_STATUS_LABELS: Record<(typeof CLAIM_STATUSES)[number], string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
  disputed: "Disputed",
};
