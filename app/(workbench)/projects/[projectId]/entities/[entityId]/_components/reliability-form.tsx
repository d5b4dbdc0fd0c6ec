"use client";
// Reviewers judge an entity's reliability as a source on the Admiralty scale (A-F).
import { FormMessage } from "@/app/_components/form-message";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import { RELIABILITY_LABELS } from "@/lib/entities/schemas";
import { reliabilityInput, ZReliabilityForm } from "../_lib/entity-forms";
import { setReliabilityAction } from "../actions";

export function ReliabilityForm({ projectId, entityId, current }: { projectId: string; entityId: string; current: string | null }) {
  const { message, tone, pending, onSubmit } = useValidatedAction({
    action: setReliabilityAction.bind(null, projectId, entityId),
    schema: ZReliabilityForm,
    toInput: reliabilityInput,
  });
  return (
    <form onSubmit={onSubmit} className="form-stack" aria-label="Judge the source’s reliability">
      <div className="reliability-form">
        <label htmlFor="reliability" className="visually-hidden">
          Reliability as a source
        </label>
        <select id="reliability" name="reliability" defaultValue={current ?? ""}>
          <option value="">Not judged</option>
          {Object.entries(RELIABILITY_LABELS).map(([letter, label]) => (
            <option key={letter} value={letter}>
              {letter}: {label}
            </option>
          ))}
        </select>
        <button type="submit" className="button-small" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
      <FormMessage message={message} tone={tone} />
    </form>
  );
}
