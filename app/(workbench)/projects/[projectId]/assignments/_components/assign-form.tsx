"use client";
// Owners ask an annotator (or above) to work through a document. The server checks the role of
// both the owner and the person assigned; a refusal comes back as the message above the form.
import { useRouter } from "next/navigation";
import { SelectField } from "@/app/_components/fields";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { readForm } from "@/app/_lib/read-form";
import { ZAssign } from "@/lib/assignments/schemas";
import { assignDocument } from "@/lib/http/contracts/reviews";

interface Props {
  projectId: string;
  documents: { id: string; title: string }[];
  people: { id: string; name: string; role: string }[];
}

export function AssignForm({ projectId, documents, people }: Props) {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZAssign,
    toInput: (form) => readForm(form, ["documentId", "userId"]),
    send: (body) => callApi(assignDocument, { params: { projectId }, body }),
    onSuccess: (_assignment, { documentId, userId }) => {
      router.refresh();
      const title = documents.find((d) => d.id === documentId)?.title ?? "the document";
      const name = people.find((p) => p.id === userId)?.name ?? "them";
      return `Assigned “${title}” to ${name}.`;
    },
  });
  return (
    <>
      <FormMessage message={message} tone={tone} />
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="assign-heading">
        <SelectField idPrefix="as" name="documentId" label="Document" defaultValue="" error={errors.documentId ? "Choose a document" : undefined}>
          <option value="" disabled>
            Choose a document…
          </option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          idPrefix="as"
          name="userId"
          label="Annotator"
          defaultValue=""
          hint="Members with the annotator role or above."
          error={errors.userId ? "Choose a person" : undefined}
        >
          <option value="" disabled>
            Choose a person…
          </option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending || documents.length === 0}>
            {pending ? "Assigning…" : "Assign"}
          </button>
        </div>
      </form>
    </>
  );
}
