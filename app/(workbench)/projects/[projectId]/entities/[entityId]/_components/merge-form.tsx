"use client";
// "This is the same as…": pick one of the entities found, say whose name stays, and record the
// judgement (with an optional note on why).
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { mergeEntity } from "@/lib/http/contracts/entities";
import { NameList } from "../../../_claims/name-list";
import { mergeInput, ZMergeForm } from "../_lib/entity-forms";

export interface MergeCandidate {
  id: string;
  name: string;
  aliases: string[];
  claims: number;
}

export function MergeForm({ projectId, entityId, entityName, candidates }: { projectId: string; entityId: string; entityName: string; candidates: MergeCandidate[] }) {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZMergeForm,
    toInput: mergeInput,
    // `keep` says whose name stays: the other entity is merged into it (its names become aliases, its claims follow).
    send: ({ other, keep, note }) => {
      const [merged, survivor] = keep === "this" ? [other, entityId] : [entityId, other];
      return callApi(mergeEntity, { params: { entityId: merged }, body: { into: survivor, ...(note ? { note } : {}) } });
    },
    onSuccess: (kept, { keep }) => {
      if (keep === "other") router.push(`/projects/${projectId}/entities/${kept.id}`);
      else router.refresh();
      return `Merged: “${kept.name}” now stands for both.`;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-label="Merge with the same entity">
      <FormMessage message={message} tone={tone} />
      <fieldset className="choice-list" aria-describedby={errors.other ? "merge-other-error" : undefined}>
        <legend>Which of these is the same as “{entityName}”?</legend>
        {candidates.map((c) => (
          <label key={c.id} className="choice">
            <input type="radio" name="other" value={c.id} />
            <span>
              <span dir="auto" className="choice-title">
                {c.name}
              </span>
              <span className="choice-sub">
                {c.aliases.length ? <NameList names={c.aliases} /> : null}
                <span>
                  {c.claims} {c.claims === 1 ? "claim" : "claims"}
                </span>
              </span>
            </span>
          </label>
        ))}
        {errors.other ? (
          <p className="field-error" id="merge-other-error">
            {errors.other}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="choice-inline">
        <legend>Whose name stays?</legend>
        <label>
          <input type="radio" name="keep" value="this" defaultChecked /> <span dir="auto">{entityName}</span>
        </label>
        <label>
          <input type="radio" name="keep" value="other" /> the chosen one
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="merge-note">
          Why they are the same <span className="field-optional">(optional)</span>
        </label>
        <textarea id="merge-note" name="note" rows={2} dir="auto" maxLength={2000} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Merging…" : "Record they are the same"}
        </button>
      </div>
    </form>
  );
}
