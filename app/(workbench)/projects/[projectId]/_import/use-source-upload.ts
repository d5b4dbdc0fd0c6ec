"use client";
// One file's way in: its bytes uploaded (with progress), then its background job followed through
// GET /jobs/{id} until it has made a document or failed, with the server's reason.
import { useEffect, useRef, useState } from "react";
import type { ApiFailure } from "@/app/_lib/api-error";
import { type Answer, callApi } from "@/app/_lib/api/call-api";
import { createSource, getJob } from "@/lib/http/contracts/sources";

export type JobAnswer = Answer<typeof getJob>;

export type SourceUpload =
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "job"; job: JobAnswer }
  | { phase: "refused"; message: string };

const POLL_MS = 500;

function refusal(failure: ApiFailure): string {
  if (typeof failure.error?.message === "string" && failure.error.message) return failure.message;
  return failure.status === 0 ? "The connection was lost before the file was sent." : `The server answered ${failure.status}.`;
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
    void callApi(createSource, {
      params: { projectId },
      body: form,
      onUploadProgress: (loaded, total) => setState({ phase: "uploading", loaded, total: total || file.size }),
    }).then((result) => {
      // A file makes one job (a list of pages to capture would make several).
      const job = result.ok && "job" in result.data ? result.data.job : undefined;
      if (!job) {
        setState({ phase: "refused", message: result.ok ? "The server answered without a job." : refusal(result.failure) });
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
        const result = await callApi(getJob, { params: { jobId } });
        if (stopped || !result.ok) continue;
        const job = result.data;
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
