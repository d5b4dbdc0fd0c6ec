"use client";
// The note that goes with a decision. A modal <dialog>: focus moves into it, Escape closes it, and
// focus goes back to the claim. A note is required for every decision except approval.
import { type FormEvent, useEffect, useRef } from "react";
import { CREDIBILITY_LABELS } from "@/lib/reviews/schemas";

export type Decision = "approve" | "reject" | "request_changes" | "dispute";

export const DECISION_TITLES: Record<Decision, string> = {
  approve: "Approve",
  request_changes: "Request changes",
  reject: "Reject",
  dispute: "Dispute",
};

interface Props {
  decision: Decision;
  summary: string;
  credibility: number | undefined;
  error: string | undefined;
  pending: boolean;
  onSubmit: (note: string, credibility: number | undefined) => void;
  onClose: () => void;
}

export function DecisionDialog({ decision, summary, credibility, error, pending, onSubmit, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const level = Number(data.get("credibility"));
    onSubmit(String(data.get("note") ?? ""), level >= 1 && level <= 6 ? level : undefined);
  }

  const required = decision !== "approve";
  return (
    <dialog ref={ref} className="decision-dialog" aria-labelledby="decision-title" onClose={onClose}>
      <form onSubmit={submit} noValidate className="form-stack">
        <h2 id="decision-title">
          {DECISION_TITLES[decision]}: <span dir="auto">{summary}</span>
        </h2>
        <div className={error ? "field field-invalid" : "field"}>
          <label htmlFor="decision-note">
            Note{required ? "" : <span className="field-optional"> (optional)</span>}
          </label>
          <textarea
            id="decision-note"
            name="note"
            rows={4}
            dir="auto"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={`decision-note-hint${error ? " decision-note-error" : ""}`}
          />
          <p className="field-hint" id="decision-note-hint">
            {required ? "Say what is wrong or what to change; the author and later reviewers read it." : "Anything later readers should know."}
          </p>
          {error ? (
            <p className="field-error" id="decision-note-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="decision-credibility">
            Credibility<span className="field-optional"> (optional)</span>
          </label>
          <select id="decision-credibility" name="credibility" defaultValue={credibility ?? ""}>
            <option value="">Not judged</option>
            {Object.entries(CREDIBILITY_LABELS).map(([level, label]) => (
              <option key={level} value={level}>
                {level} · {label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Saving…" : DECISION_TITLES[decision]}
          </button>
          <button type="button" className="button-quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
