"use client";
// The owner's project settings, saved through the API (PATCH /api/v1/projects/{projectId}). The
// form is checked here with the route's own schema first.
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { TextAreaField, TextField } from "@/app/_components/fields";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { updateProject } from "@/lib/http/contracts/projects";
import { settingsInput, ZSettingsForm } from "../_lib/settings-input";

export interface SettingsValues {
  name: string;
  description: string | null;
  requiredApprovals: number;
  blindAnnotation: boolean;
}

export function SettingsForm({ projectId, values }: { projectId: string; values: SettingsValues }) {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZSettingsForm,
    toInput: settingsInput,
    send: (body) => callApi(updateProject, { params: { projectId }, body }),
    onSuccess: ({ settings: { requiredApprovals, blindAnnotation } }) => {
      // The project's name shows in the header and navigation of every page.
      router.refresh();
      return `Saved. Claims now need ${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"}; blind double annotation is ${blindAnnotation ? "on" : "off"}.`;
    },
  });
  return (
    <>
      <FormMessage message={message} tone={tone} />
      <form onSubmit={onSubmit} noValidate className="form-stack settings-form" aria-labelledby="settings-heading">
        <TextField idPrefix="ps" name="name" label="Name" defaultValue={values.name} required maxLength={200} error={errors.name} />
        <TextAreaField idPrefix="ps" name="description" label="Description" optional rows={3} defaultValue={values.description ?? ""} maxLength={5000} error={errors.description} />
        <fieldset className="settings-group">
          <legend>Review</legend>
          <TextField
            idPrefix="ps"
            name="requiredApprovals"
            label="Approvals required"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            step={1}
            defaultValue={values.requiredApprovals}
            className="settings-number"
            hint="How many different reviewers must approve the same version of a claim before it counts as approved (1–10). Nobody approves their own claim; any edit starts the count again."
            error={errors.requiredApprovals}
          />
          <div className={errors.blindAnnotation ? "field field-invalid" : "field"}>
            <div className="settings-check">
              <input id="ps-blindAnnotation" name="blindAnnotation" type="checkbox" defaultChecked={values.blindAnnotation} aria-describedby="ps-blindAnnotation-hint" />
              <label htmlFor="ps-blindAnnotation">Blind double annotation</label>
            </div>
            <p className="field-hint" id="ps-blindAnnotation-hint">
              While a document has assigned annotators who have not submitted their work, each annotator sees only their own annotations on it, so two
              people can mark the same source independently. Once every assignee has submitted, everyone sees everything and the agreement report
              compares them. Reviewers and owners always see all annotations.
            </p>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Saving…" : "Save settings"}
          </button>
        </div>
      </form>
    </>
  );
}
