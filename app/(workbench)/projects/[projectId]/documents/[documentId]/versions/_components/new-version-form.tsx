"use client";
// Imports a corrected text (pasted, chosen or dropped) as the next version with
// `POST /api/v1/documents/{newest}/versions`, then says what re-anchoring did: how many
// annotations moved, how many wait in the orphan queue.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import type { FieldErrors } from "@/app/_lib/form-state";
import { ZCreateVersion } from "@/lib/documents/schemas";
import { createVersion } from "@/lib/http/contracts/documents";
import { checkImport, focusFirstError, sourceFieldErrors } from "../../../../_import/check-import";
import type { SourceText } from "../../../../_import/source-text";
import { TextSource } from "../../../../_import/text-source";
import { UploadProgress } from "../../../../_import/upload-progress";
import { useUpload } from "../../../../_import/use-upload";
import { type CreatedVersion, ReanchorReport } from "./reanchor-report";

const SOURCE_ID = "ver-source";

export function NewVersionForm({ projectId, newestId, newestVersion }: { projectId: string; newestId: string; newestVersion: number }) {
  const router = useRouter();
  const upload = useUpload();
  const [round, setRound] = useState(0);
  const [source, setSource] = useState<SourceText | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<CreatedVersion | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkImport(ZCreateVersion, {}, source);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(undefined);
      return focusFirstError(form, checked.errors, SOURCE_ID, source);
    }
    setErrors({});
    setMessage(undefined);
    setCreated(null);
    const result = await upload.send((progress) => callApi(createVersion, { params: { documentId: newestId }, body: checked.data, ...progress }));
    if (result.ok) {
      setCreated(result.data);
      upload.reset();
      setSource(null);
      setRound((r) => r + 1);
      router.refresh();
      return;
    }
    const { failure } = result;
    const fieldErrors = sourceFieldErrors(failure.fieldErrors);
    if (failure.code === "payload_too_large") fieldErrors.text = failure.message;
    setErrors(fieldErrors);
    setMessage(failure.message);
    focusFirstError(form, fieldErrors, SOURCE_ID, source);
  }

  return (
    <div className="form-stack">
      {created ? <ReanchorReport projectId={projectId} created={created} /> : null}
      <form key={round} onSubmit={onSubmit} noValidate className="form-stack" aria-label="Import a corrected text">
        <FormMessage message={message} tone={message ? "error" : undefined} />
        <TextSource
          id={SOURCE_ID}
          label="Corrected text"
          source={source}
          onChange={(next) => {
            setSource(next);
            setErrors({});
          }}
          error={errors.text}
          disabled={upload.busy}
          rows={8}
          hint={`It becomes version ${newestVersion + 1}; the title and other details carry over. Annotations are moved to the new text where their words are found; the rest go to the orphan queue.`}
        />
        <UploadProgress id="ver-progress" state={upload} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={upload.busy}>
            {upload.busy ? "Importing…" : "Import as a new version"}
          </button>
        </div>
      </form>
    </div>
  );
}
