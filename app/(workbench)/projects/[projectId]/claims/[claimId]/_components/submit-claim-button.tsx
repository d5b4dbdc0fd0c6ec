"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, IDLE } from "@/app/_lib/form-state";
import { submitClaimAction } from "../actions";

/** Shown to the claim's author; the button only while the claim can be submitted. The form stays
 * mounted after submitting, so its answer is still there when the page shows the new status. */
export function SubmitClaimButton({ projectId, claimId, canSubmit }: { projectId: string; claimId: string; canSubmit: boolean }) {
  const [state, action, pending] = useActionState(submitClaimAction.bind(null, projectId, claimId), IDLE as FormState);
  return (
    <form action={action} className="form-stack" aria-label="Submit for review">
      <FormMessage message={state.message} tone={state.status === "idle" ? undefined : state.status} />
      {canSubmit ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Submitting…" : "Submit for review"}
          </button>
        </div>
      ) : null}
    </form>
  );
}
