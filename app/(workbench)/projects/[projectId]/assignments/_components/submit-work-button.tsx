"use client";
// "Submit my work" on one assigned document. The answer is announced next to the button.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { submitAssignmentAction } from "../actions";

export function SubmitWorkButton({ projectId, assignmentId, title }: { projectId: string; assignmentId: string; title: string }) {
  const [state, dispatch, pending] = useActionState(submitAssignmentAction.bind(null, projectId), IDLE as FormState);
  return (
    <form action={dispatch} className="inline-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="button-small" disabled={pending} aria-label={`Submit my work on “${title}”`}>
        {pending ? "Submitting…" : "Submit my work"}
      </button>
      <span role="status" className={state.status === "error" ? "field-error" : "visually-hidden"}>
        {state.status === "idle" ? "" : state.message}
      </span>
    </form>
  );
}
