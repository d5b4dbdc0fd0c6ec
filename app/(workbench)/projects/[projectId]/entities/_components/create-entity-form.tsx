"use client";
import { SelectField, TextAreaField, TextField } from "@/app/_components/fields";
import { FormMessage } from "@/app/_components/form-message";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import { ENTITY_KINDS, ZCreateEntity } from "@/lib/entities/schemas";
import { ENTITY_KIND_LABELS } from "../../_claims/labels";
import { entityInput } from "../_lib/entity-input";
import { createEntityAction } from "../actions";

export function CreateEntityForm({ projectId }: { projectId: string }) {
  const { errors, message, tone, pending, onSubmit } = useValidatedAction({
    action: createEntityAction.bind(null, projectId),
    schema: ZCreateEntity,
    toInput: entityInput,
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
