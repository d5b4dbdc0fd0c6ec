"use client";
// Uploads a new edition of the source (the corrected PDF of a report, a revised file) as the next
// version: the file goes to POST /sources with `versionOf` naming the newest version, its bytes and
// then the server's reading of it shown as progress, and when the job is done the re-anchoring
// report says how many annotations moved and how many wait in the orphan queue.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { SourceUploadRow } from "../../../../_import/source-upload-row";
import type { JobAnswer } from "../../../../_import/use-source-upload";
import { type CreatedVersion, ReanchorReport } from "./reanchor-report";
import { useFileDrop } from "../../../../_import/use-file-drop";
import "../../../../_import/import.css";


export function NewEditionForm({ projectId, newestId, newestVersion }: { projectId: string; newestId: string; newestVersion: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [round, setRound] = useState(0);
  const [created, setCreated] = useState<CreatedVersion | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const fields = useMemo(() => ({ versionOf: newestId }), [newestId]);

  const choose = (list: FileList | null) => {
    const chosen = list?.[0];
    if (input.current) input.current.value = "";
    if (!chosen || busy) return;
    setCreated(null);
    setFile(chosen);
    setBusy(true);
    setRound((r) => r + 1);
  };

  const onFinished = useCallback(
    (job: JobAnswer) => {
      setBusy(false);
      if (job.status !== "succeeded" || !job.documentId) return;
      setCreated({ id: job.documentId, version: newestVersion + 1, reanchoring: job.reanchoring ?? { placed: 0, orphaned: 0 } });
      setFile(null);
      router.refresh();
    },
    [newestVersion, router],
  );

  const drop = useFileDrop(choose);

  return (
    <div className="form-stack">
      {created ? <ReanchorReport projectId={projectId} created={created} /> : null}
      <fieldset
        className={`text-source source-uploads${drop.dragging ? " text-source-dragging" : ""}`}
        disabled={busy}
        {...drop.handlers}
      >
        <legend>New edition file</legend>
        <p className="field-hint" id="edition-hint">
          A PDF (or HTML, text, Markdown) file, up to 200 MB. It becomes version {newestVersion + 1}; the title and other details carry over, and the
          original file is kept beside its text. Annotations are moved to the new text where their words are found; the rest go to the orphan queue.
        </p>
        <div className="text-source-file">
          <label htmlFor="edition-input">Choose the file</label>
          <input ref={input} id="edition-input" type="file" aria-describedby="edition-hint" onChange={(e) => choose(e.target.files)} />
          <span className="text-source-drop-hint" aria-hidden="true">
            or drop it in this box
          </span>
        </div>
        {file ? (
          <ul className="source-upload-list" aria-label="New edition upload">
            <SourceUploadRow key={round} projectId={projectId} file={file} index={round} fields={fields} onFinished={onFinished} />
          </ul>
        ) : null}
      </fieldset>
    </div>
  );
}
