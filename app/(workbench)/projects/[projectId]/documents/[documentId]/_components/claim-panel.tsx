"use client";
// The claim form in the reader: opened on an annotation (pressing C on selected words makes the
// annotation first), its type guessed and its fields pre-filled from the words; saved as a draft
// or straight to review.
import { useMemo, useState } from "react";
import { type ClaimFormType, ClaimForm, type ClaimValues } from "../../../_components/claim-form/claim-form";
import type { CreateEntity } from "../../../_components/claim-form/entity-picker";
import { apiAttribution } from "../../../_components/claim-form/form-values";
import { createClaim, submitClaim } from "../../../_lib/claims-api";
import type { Mention } from "@/lib/claims/from-words/find-mentions";
import { guessClaimType, prefillFields, rankEvents } from "@/lib/claims/from-words/prefill-claim";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { claimContext } from "@/lib/reader";

interface Props {
  projectId: string;
  annotation: { id: string; start: number; end: number };
  text: string;
  language: string | null;
  types: readonly ClaimFormType[];
  entities: readonly EntityName[];
  find: (text: string) => Mention[];
  publisher: string | null;
  onCreateEntity: CreateEntity;
  onSaved: (claim: ClaimView, submitted: boolean, warning?: string) => void;
  onCancel: () => void;
}

export function ClaimPanel({ projectId, annotation, text, language, types, entities, find, publisher, onCreateEntity, onSaved, onCancel }: Props) {
  const input = useMemo(() => ({ ...claimContext(text, annotation, find), documentEvents: rankEvents(find(text)) }), [text, annotation, find]);
  const [initial] = useState<ClaimValues>(() => {
    const type = types.find((t) => t.id === guessClaimType(types, input)) ?? types[0]!;
    return { type: type.id, fields: prefillFields(type, input), attribution: {} };
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; issues: { path: string; message: string }[] } | null>(null);

  const save = async (values: ClaimValues, thenSubmit: boolean) => {
    setBusy(true);
    const r = await createClaim(projectId, { type: values.type, fields: values.fields, evidence: [annotation.id], attribution: apiAttribution(values.attribution) });
    if (!r.ok) {
      setBusy(false);
      setFailure({ message: r.failure.message, issues: r.failure.issues });
      return;
    }
    if (!thenSubmit) return onSaved(r.data, false);
    const s = await submitClaim(r.data.id);
    onSaved(s.ok ? s.data : r.data, s.ok, s.ok ? undefined : `Saved as a draft, but not submitted: ${s.failure.message}`);
  };

  return (
    <section className="rd-claim" aria-label="New claim">
      <ClaimForm
        heading="New claim"
        types={types}
        entities={entities}
        initial={initial}
        prefill={(t) => prefillFields(t, input)}
        reporterDefault={publisher}
        saveLabel="Save draft"
        submitLabel="Save and submit for review"
        busy={busy}
        message={failure ? { text: failure.message, tone: "error" } : null}
        serverIssues={failure?.issues}
        onSave={(v, submit) => void save(v, submit)}
        onCancel={onCancel}
        onCreateEntity={onCreateEntity}
      >
        <blockquote className="cf-quote" dir="auto" lang={language ?? undefined} data-testid="claim-evidence">
          {input.words}
        </blockquote>
      </ClaimForm>
    </section>
  );
}
