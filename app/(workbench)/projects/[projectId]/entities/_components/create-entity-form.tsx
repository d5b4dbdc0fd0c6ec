"use client";
import { useRouter } from "next/navigation";
import { SelectField, TextAreaField, TextField } from "@/app/_components/fields";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { ENTITY_KINDS, ZCreateEntity } from "@/lib/entities/schemas";
import { createEntity } from "@/lib/http/contracts/entities";
import { ENTITY_KIND_LABELS } from "../../_claims/labels";
import { entityInput } from "../_lib/entity-input";

/** Annotators and above add entities; the new entity's page opens. */
export function CreateEntityForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZCreateEntity,
    toInput: entityInput,
    send: (body) => callApi(createEntity, { params: { projectId }, body }),
    onSuccess: (entity) => router.push(`/projects/${projectId}/entities/${entity.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="create-entity-heading">
      <FormMessage message={message} tone={tone} />
      <SelectField idPrefix="new-entity" name="kind" label="Kind" required defaultValue="organization" error={errors.kind}>
        {ENTITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {ENTITY_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <TextField idPrefix="new-entity" name="name" label="Name" required maxLength={300} dir="auto" error={errors.name} />
      <TextAreaField
        idPrefix="new-entity"
        name="aliases"
        label="Aliases"
        optional
        rows={4}
        dir="auto"
        hint="One per line: other spellings, abbreviations, the name in Persian or Arabic."
        error={errors.aliases}
      />
      <TextField idPrefix="new-entity" name="wikidataId" label="Wikidata id" optional placeholder="Q42" hint="The item id, such as Q42" error={errors.wikidataId} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Adding…" : "Add entity"}
        </button>
      </div>
    </form>
  );
}
