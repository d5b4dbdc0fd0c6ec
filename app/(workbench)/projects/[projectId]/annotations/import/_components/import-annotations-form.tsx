"use client";
// Uploads a W3C or Hypothesis JSON file and shows the import report: what was created, and for
// everything else why it could not be placed.
import { useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type * as z from "zod";
import { callApi } from "@/app/_lib/api/call-api";
import type { ImportReport } from "@/lib/annotation-import/import-annotations";
import { importAnnotations } from "@/lib/http/contracts/exports";
import { ImportReportView } from "./import-report";

export function ImportAnnotationsForm({ projectId, documents }: { projectId: string; documents: { id: string; title: string; version: number }[] }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [report, setReport] = useState<ImportReport | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setMessage("Choose a JSON file.");
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setMessage("The file is not JSON.");
    }
    const documentId = String(data.get("documentId") ?? "");
    setPending(true);
    setMessage(undefined);
    // The file's JSON goes as it is: the server checks it against the same schema and answers 400
    // naming what is wrong, in the words the API gives every client.
    const body = json as z.input<typeof importAnnotations.body>;
    const result = await callApi(importAnnotations, { params: { projectId }, query: documentId ? { documentId } : {}, body });
    setPending(false);
    if (!result.ok) return setMessage(result.failure.message);
    setReport(result.data);
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-stack panel" aria-labelledby="import-heading">
        <FormMessage message={message} tone="error" />
        <div className="field">
          <label htmlFor="import-file">Annotation file (.json, .jsonld)</label>
          <input id="import-file" name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json" required />
        </div>
        <div className="field">
          <label htmlFor="import-document">
            Put everything on <span className="field-optional">(optional; otherwise matched by source)</span>
          </label>
          <select id="import-document" name="documentId" defaultValue="">
            <option value="">Match each annotation&apos;s source</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id} dir="auto">
                {d.title}
                {d.version > 1 ? ` (v${d.version})` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </button>
        </div>
      </form>
      {report ? <ImportReportView projectId={projectId} report={report} /> : null}
    </>
  );
}
