"use client";
// Reviewers judge an entity's reliability as a source on the Admiralty scale (A-F).
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { RELIABILITY_LABELS } from "@/lib/entities/schemas";
import { updateEntity } from "@/lib/http/contracts/entities";
import { reliabilityInput, ZReliabilityForm } from "../_lib/entity-forms";

export function ReliabilityForm({ entityId, current }: { entityId: string; current: string | null }) {
  const router = useRouter();
  const { message, tone, pending, onSubmit } = useApiForm({
    schema: ZReliabilityForm,
    toInput: reliabilityInput,
    send: ({ reliability }) => callApi(updateEntity, { params: { entityId }, body: { reliability } }),
    onSuccess: (_entity, { reliability }) => {
      router.refresh();
      return reliability ? `Reliability set to ${reliability}: ${RELIABILITY_LABELS[reliability]}.` : "Reliability cleared.";
    },
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
