"use client";
// Uploads a backup archive to POST /api/v1/backups with the upload's progress, then links to the
// restored project.
import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type { ApiFailure } from "@/app/_lib/api-error";
import { callApi } from "@/app/_lib/api/call-api";
import { restoreProject } from "@/lib/http/contracts/backups";
import { formatBytes } from "@/lib/documents/import-file";

type Phase = { kind: "idle" } | { kind: "uploading"; sent: number; total: number } | { kind: "restoring" } | { kind: "done"; projectId: string; name: string; events: number } | { kind: "failed"; message: string };

function failureText(failure: ApiFailure): string {
  if (failure.status === 0) return "The upload failed; check the connection and try again.";
  return typeof failure.error?.message === "string" && failure.error.message ? failure.message : `The restore failed (HTTP ${failure.status}).`;
}

export function RestoreBackupForm() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const busy = phase.kind === "uploading" || phase.kind === "restoring";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("backup") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setPhase({ kind: "failed", message: "Choose a backup file (.backup.jsonl.gz) first." });
    setPhase({ kind: "uploading", sent: 0, total: file.size });
    const result = await callApi(restoreProject, {
      body: file,
      headers: { "x-restore-via": "page" },
      onUploadProgress: (sent, total) => setPhase({ kind: "uploading", sent, total: total || file.size }),
      onUploaded: () => setPhase({ kind: "restoring" }),
    });
    if (result.ok) setPhase({ kind: "done", projectId: result.data.projectId, name: result.data.projectName, events: result.data.events });
    else setPhase({ kind: "failed", message: failureText(result.failure) });
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
