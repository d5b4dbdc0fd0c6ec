"use client";
// The import form: a text (pasted, chosen or dropped) and what is known about its source, checked
// here with the API's own schema, then sent to `POST /api/v1/projects/{id}/documents` with its
// upload progress shown. Server errors land next to the fields they name.
import { type FormEvent, useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import type { FieldErrors } from "@/app/_lib/form-state";
import { readForm } from "@/app/_lib/read-form";
import { ZCreateDocument } from "@/lib/documents/schemas";
import { createDocument } from "@/lib/http/contracts/documents";
import { checkImport, focusFirstError, sourceFieldErrors } from "../../_import/check-import";
import type { SourceText } from "../../_import/source-text";
import { TextSource } from "../../_import/text-source";
import { UploadProgress } from "../../_import/upload-progress";
import { useUpload } from "../../_import/use-upload";
import { type CreatedDocument, ImportDone } from "./import-done";
import { MetadataFields, OPTIONAL_FIELDS } from "./metadata-fields";

const SOURCE_ID = "imp-source";

export function ImportForm({ projectId }: { projectId: string }) {
  const upload = useUpload();
  const [round, setRound] = useState(0);
  const [source, setSource] = useState<SourceText | null>(null);
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState("");
  const suggested = useRef<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<CreatedDocument | null>(null);

  /** A field that changes loses its error; the form's message goes with the last one. */
  function clearError(...keys: string[]) {
    const rest = Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k)));
    if (Object.keys(rest).length === Object.keys(errors).length) return;
    setErrors(rest);
    if (Object.keys(rest).length === 0) setMessage(undefined);
  }

  function onSource(next: SourceText | null) {
    setSource(next);
    clearError("text", ...(next?.suggestedTitle ? ["title"] : []), ...(next?.suggestedLanguage ? ["language"] : []));
    if (next?.suggestedTitle && (title.trim() === "" || title === suggested.current)) {
      setTitle(next.suggestedTitle);
      suggested.current = next.suggestedTitle;
    }
    if (next?.suggestedLanguage && language.trim() === "") setLanguage(next.suggestedLanguage);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = readForm(new FormData(form), ["title", ...OPTIONAL_FIELDS], OPTIONAL_FIELDS);
    const checked = checkImport(ZCreateDocument, fields, source);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage("Check the fields marked below.");
      focusFirstError(form, checked.errors, SOURCE_ID, source);
      return;
    }
    setErrors({});
    setMessage(undefined);
    const result = await upload.send((progress) => callApi(createDocument, { params: { projectId }, body: checked.data, ...progress }));
    if (result.ok) return setCreated(result.data);
    const { failure } = result;
    const fieldErrors = sourceFieldErrors(failure.fieldErrors);
    if (failure.code === "payload_too_large") fieldErrors.text = failure.message;
    setErrors(fieldErrors);
    setMessage(failure.message);
    focusFirstError(form, fieldErrors, SOURCE_ID, source);
  }

  function another() {
    setCreated(null);
    setSource(null);
    setTitle("");
    setLanguage("");
    suggested.current = null;
    upload.reset();
    setRound((r) => r + 1);
  }

  const progress = <UploadProgress id="imp-progress" state={upload} />;
  if (created) {
    return (
      <div className="form-stack">
        {progress}
        <ImportDone projectId={projectId} document={created} onAnother={another} />
      </div>
    );
  }
  return (
    <form key={round} onSubmit={onSubmit} noValidate className="form-stack" aria-label="Import a document">
      <FormMessage message={message} tone={message ? "error" : undefined} />
      <TextSource
        id={SOURCE_ID}
        source={source}
        onChange={onSource}
        error={errors.text}
        disabled={upload.busy}
        rows={12}
        hint="Paste the text as captured, or upload a file. The title is filled in from the file when it is empty."
      />
      <MetadataFields
        errors={errors}
        title={title}
        onTitle={(value) => {
          setTitle(value);
          clearError("title");
        }}
        language={language}
        onLanguage={(value) => {
          setLanguage(value);
          clearError("language");
        }}
      />
      {progress}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={upload.busy}>
          {upload.busy ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
