"use client";
// Starts a project through the API (POST /api/v1/projects); its creator becomes its first owner
// and lands on its page.
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { TextAreaField, TextField } from "@/app/_components/fields";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { readForm } from "@/app/_lib/read-form";
import { createProject } from "@/lib/http/contracts/projects";
import { ZCreateProject } from "@/lib/projects/schemas";

export function NewProjectForm() {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZCreateProject,
    toInput: (form) => readForm(form, ["name", "description"], ["description"]),
    send: (body) => callApi(createProject, { body }),
    onSuccess: (project) => router.push(`/projects/${project.id}`),
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
