"use client";
// One file's way in: its bytes uploaded (with progress), then its background job followed through
// GET /jobs/{id} until it has made a document or failed, with the server's reason.
import { useEffect, useRef, useState } from "react";
import { postForm } from "@/app/_lib/post-form";

export interface JobAnswer {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  progress: { done: number; total: number; unit: string };
  error?: { code: string; message: string };
  documentId?: string;
  outcome?: "created" | "new_version" | "unchanged";
  /** A new edition: what happened to the previous version's annotations. */
  reanchoring?: { placed: number; orphaned: number };
}

export type SourceUpload =
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "job"; job: JobAnswer }
  | { phase: "refused"; message: string };

const POLL_MS = 500;

function refusal(status: number, body: unknown): string {
  const message = (body as { error?: { message?: string } } | null)?.error?.message;
  if (message) return message;
  return status === 0 ? "The connection was lost before the file was sent." : `The server answered ${status}.`;
}

/** `fields`: text parts sent before the file (metadata, `versionOf` for a new edition); read once. */
export function useSourceUpload(projectId: string, file: File, fields: Readonly<Record<string, string>> = {}): SourceUpload {
  const [state, setState] = useState<SourceUpload>({ phase: "uploading", loaded: 0, total: file.size });
  const [jobId, setJobId] = useState<string | null>(null);
  const started = useRef(false);
  const parts = useRef(fields);

  // The upload happens once per file, whatever React does with effects.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const form = new FormData();
    for (const [name, value] of Object.entries(parts.current)) form.append(name, value);
    form.append("file", file, file.name);
    void postForm(`/api/v1/projects/${encodeURIComponent(projectId)}/sources`, form, (loaded, total) =>
      setState({ phase: "uploading", loaded, total: total || file.size }),
    ).then(({ status, body }) => {
      const job = (body as { job?: JobAnswer } | null)?.job;
      if (status !== 202 || !job) {
        setState({ phase: "refused", message: refusal(status, body) });
        return;
      }
      setState({ phase: "job", job });
      setJobId(job.id);
    });
  }, [projectId, file]);

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    void (async () => {
      while (!stopped) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        const res = await fetch(`/api/v1/jobs/${encodeURIComponent(jobId)}`, { headers: { accept: "application/json" }, cache: "no-store" }).catch(() => null);
        if (stopped || !res?.ok) continue;
        const job = (await res.json()) as JobAnswer;
        setState({ phase: "job", job });
        if (job.status === "succeeded" || job.status === "failed") return;
      }
    })();
    return () => {
      stopped = true;
    };
  }, [jobId]);

  return state;
}
