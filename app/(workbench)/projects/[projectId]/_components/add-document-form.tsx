"use client";
// Adds a pasted text as a document through the API (POST /api/v1/projects/{projectId}/documents)
// and opens it in the reader.
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { TextAreaField, TextField } from "@/app/_components/fields";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { createDocument } from "@/lib/http/contracts/documents";
import { documentInput, ZDocumentForm } from "../_lib/document-input";

export function AddDocumentForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZDocumentForm,
    toInput: documentInput,
    send: (body) => callApi(createDocument, { params: { projectId }, body }),
    onSuccess: (document) => router.push(`/projects/${projectId}/documents/${document.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="add-document-heading">
      <FormMessage message={message} tone={tone} />
      <TextField idPrefix="doc" name="title" label="Title" required maxLength={500} error={errors.title} />
      <TextAreaField
        idPrefix="doc"
        name="text"
        label="Text"
        required
        rows={10}
        dir="auto"
        hint="Paste the text as captured. It is stored exactly as given; every later quote and offset refers to it."
        error={errors.text}
      />
      <div className="field-row">
        <TextField idPrefix="doc" name="sourceUrl" label="Source URL" type="url" optional placeholder="https://" error={errors.sourceUrl} />
        <TextField idPrefix="doc" name="publisher" label="Publisher" optional error={errors.publisher} />
      </div>
      <div className="field-row">
        <TextField idPrefix="doc" name="author" label="Author" optional error={errors.author} />
        <TextField idPrefix="doc" name="publishedAt" label="Published" optional placeholder="1988-07-19" hint="1988, 1988-07 or 1988-07-19" error={errors.publishedAt} />
        <TextField idPrefix="doc" name="language" label="Language" optional placeholder="en, fa, ar" hint="A language tag such as en, fa or ar" error={errors.language} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Adding…" : "Add document"}
        </button>
      </div>
    </form>
  );
}
