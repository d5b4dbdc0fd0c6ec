"use client";
// What a bulk decision did to each claim: applied (with the claim's new status) or refused (why).
// Focus moves to the list when it appears, so the outcome is read and in view.
import { useEffect, useRef } from "react";
import { statusLabel } from "../../_claims/labels";
import type { BulkResult } from "../_lib/review-api";

export interface BulkOutcome {
  summary: string;
  result: BulkResult;
}

export function BulkOutcomes({ outcomes, onDismiss }: { outcomes: BulkOutcome[]; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcomes]);
  return (
    <section className="bulk-outcomes" aria-labelledby="bulk-outcomes-heading">
      <h2 id="bulk-outcomes-heading" ref={heading} tabIndex={-1}>
        Bulk approval, claim by claim
      </h2>
      <ul>
        {outcomes.map(({ summary, result }) => (
          <li key={result.claimId} className={result.ok ? "outcome-ok" : "outcome-refused"}>
            <span dir="auto">{summary}</span>:{" "}
            {result.ok ? (
              <strong>{result.status === "approved" ? "approved" : `approval recorded (still ${statusLabel(result.status ?? "submitted").toLowerCase()})`}</strong>
            ) : (
              <strong>refused — {result.error?.message ?? "not applied"}</strong>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
