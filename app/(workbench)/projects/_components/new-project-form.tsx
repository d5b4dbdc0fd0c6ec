"use client";
import { FormMessage } from "@/app/_components/form-message";
import { TextAreaField, TextField } from "@/app/_components/fields";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import { readForm } from "@/app/_lib/read-form";
import { ZCreateProject } from "@/lib/projects/schemas";
import { createProjectAction } from "../actions";

export function NewProjectForm() {
  const { errors, message, tone, pending, onSubmit } = useValidatedAction({
    action: createProjectAction,
    schema: ZCreateProject,
    toInput: (form) => readForm(form, ["name", "description"], ["description"]),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="new-project-heading">
      <FormMessage message={message} tone={tone} />
      <TextField idPrefix="np" name="name" label="Name" required maxLength={200} error={errors.name} />
      <TextAreaField idPrefix="np" name="description" label="Description" optional rows={3} maxLength={5000} error={errors.description} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create project"}
        </button>
      </div>
    </form>
  );
}
