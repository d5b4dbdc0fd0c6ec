"use client";
// One uploaded file in the list: a progress bar for its bytes, then for the server's work on it,
// then a link to the document it became, or the reason it was refused, by name.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatBytes } from "@/lib/documents/import-file";
import { type JobAnswer, type SourceUpload, useSourceUpload } from "./use-source-upload";

const ERROR_NAMES: Record<string, string> = {
  not_pdf: "Not a PDF",
  pdf_truncated: "Truncated PDF",
  pdf_encrypted: "Encrypted PDF",
  pdf_password: "Password-protected PDF",
  pdf_too_many_pages: "Too many pages",
  pdf_too_large: "PDF too large",
  pdf_timeout: "PDF took too long",
  not_utf8: "Not UTF-8 text",
  text_too_large: "Text too large",
  invalid_source: "Unreadable file",
  job_gave_up: "Stopped on every try",
  unchanged: "Same text",
  not_newest_version: "Not the newest version",
  version_of_missing: "Version gone",
};

function view(state: SourceUpload): { percent: number | undefined; status: string; tone: "busy" | "done" | "failed" } {
  if (state.phase === "uploading") {
    const percent = state.total > 0 ? Math.floor((state.loaded / state.total) * 100) : undefined;
    return { percent, status: `Uploading… ${percent ?? 0}% of ${formatBytes(state.total)}`, tone: "busy" };
  }
  if (state.phase === "refused") return { percent: undefined, status: state.message, tone: "failed" };
  const { job } = state;
  if (job.status === "succeeded") return { percent: 100, status: "Done.", tone: "done" };
  if (job.status === "failed") {
    const name = ERROR_NAMES[job.error?.code ?? ""] ?? "Failed";
    return { percent: undefined, status: `${name}: ${job.error?.message ?? "the job failed."}`, tone: "failed" };
  }
  const { done, total, unit } = job.progress;
  const percent = total > 0 ? Math.floor((done / total) * 100) : undefined;
  if (job.status === "queued") return { percent: 0, status: "Uploaded; waiting for the server…", tone: "busy" };
  return { percent, status: `Reading the file… ${total > 0 ? `${done} of ${total} ${unit}` : ""}`.trim(), tone: "busy" };
}

export function SourceUploadRow({
  projectId,
  file,
  index,
  fields,
  onFinished,
}: {
  projectId: string;
  file: File;
  index: number;
  /** Text parts sent with the file (a new edition's `versionOf`). */
  fields?: Readonly<Record<string, string>>;
  /** Called once when the job has succeeded or failed. */
  onFinished?: (job: JobAnswer) => void;
}) {
  const state = useSourceUpload(projectId, file, fields);
  const finished = state.phase === "job" && (state.job.status === "succeeded" || state.job.status === "failed") ? state.job : null;
  const reported = useRef(false);
  useEffect(() => {
    if (!finished || reported.current) return;
    reported.current = true;
    onFinished?.(finished);
  }, [finished, onFinished]);
  const { percent, status, tone } = view(state);
  const barId = `source-upload-${index}`;
  const documentId = state.phase === "job" ? state.job.documentId : undefined;
  return (
    <li className={`source-upload source-upload-${tone}`} data-testid="source-upload">
      <div className="source-upload-head">
        <label htmlFor={barId} dir="auto">
          {file.name}
        </label>
        <span className="muted">{formatBytes(file.size)}</span>
      </div>
      {tone === "failed" ? null : (
        <progress id={barId} max={100} value={percent}>
          {percent === undefined ? "" : `${percent}%`}
        </progress>
      )}
      <p className="source-upload-status" role="status">
        {status}{" "}
        {documentId ? (
          <Link href={`/projects/${projectId}/documents/${documentId}`}>Open the document</Link>
        ) : null}
      </p>
    </li>
  );
}
