"use client";
// Uploads a backup archive to POST /api/v1/backups with the upload's progress, then links to the
// restored project. XMLHttpRequest, because fetch reports no upload progress.
import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { formatBytes } from "@/lib/documents/import-file";

type Phase = { kind: "idle" } | { kind: "uploading"; sent: number; total: number } | { kind: "restoring" } | { kind: "done"; projectId: string; name: string; events: number } | { kind: "failed"; message: string };

function upload(file: File, onProgress: (sent: number, total: number) => void, onUploaded: () => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/backups");
    xhr.setRequestHeader("content-type", "application/gzip");
    xhr.setRequestHeader("x-restore-via", "page");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: reported by status below
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload failed; check the connection and try again."));
    xhr.send(file);
  });
}

export function RestoreBackupForm() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const busy = phase.kind === "uploading" || phase.kind === "restoring";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("backup") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setPhase({ kind: "failed", message: "Choose a backup file (.backup.jsonl.gz) first." });
    setPhase({ kind: "uploading", sent: 0, total: file.size });
    try {
      const res = await upload(file, (sent, total) => setPhase({ kind: "uploading", sent, total }), () => setPhase({ kind: "restoring" }));
      const body = res.body as { projectId?: string; projectName?: string; events?: number; error?: { message?: string } } | null;
      if (res.status === 201 && body?.projectId) setPhase({ kind: "done", projectId: body.projectId, name: body.projectName ?? body.projectId, events: body.events ?? 0 });
      else setPhase({ kind: "failed", message: body?.error?.message ?? `The restore failed (HTTP ${res.status}).` });
    } catch (error) {
      setPhase({ kind: "failed", message: error instanceof Error ? error.message : "The upload failed." });
    }
  }

  return (
    <form onSubmit={onSubmit} className="form-stack" aria-labelledby="restore-heading">
      <FormMessage message={phase.kind === "failed" ? phase.message : phase.kind === "done" ? `Restored “${phase.name}”: its ${phase.events.toLocaleString("en")} events verify.` : undefined} tone={phase.kind === "failed" ? "error" : "ok"} />
      <div className="field">
        <label htmlFor="restore-file">Backup file</label>
        <input id="restore-file" name="backup" type="file" accept=".gz,application/gzip" required disabled={busy} aria-describedby="restore-hint" />
        <p id="restore-hint" className="field-hint">
          A project backup from its settings page. It is restored whole or not at all; you must be one of its owners.
        </p>
      </div>
      {phase.kind === "uploading" || phase.kind === "restoring" ? (
        <div>
          <label htmlFor="restore-progress">Restore progress</label>
          <progress id="restore-progress" max={phase.kind === "uploading" ? Math.max(phase.total, 1) : 1} value={phase.kind === "uploading" ? phase.sent : undefined} />
          <p className="muted small" aria-live="polite">
            {phase.kind === "uploading" ? `Uploading ${formatBytes(phase.sent)} of ${formatBytes(phase.total)}…` : "Checking hashes and writing the project…"}
          </p>
        </div>
      ) : null}
      {phase.kind === "done" ? (
        <p>
          <Link href={`/projects/${phase.projectId}`}>Open {phase.name}</Link>
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? "Restoring…" : "Restore project"}
        </button>
      </div>
    </form>
  );
}
