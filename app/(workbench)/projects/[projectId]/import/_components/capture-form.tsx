"use client";
// "Capture a web page": one URL or a list (one per line), sent in one request to POST /sources as
// JSON {urls} (one job per page, all or none queued), each job then followed through GET /jobs/{id}
// with its progress, until it is a document, a new version of one, "unchanged", or refused with the
// reason. The server paces requests to one site.
import { type FormEvent, useState } from "react";
import Link from "next/link";
import type { ApiFailure } from "@/app/_lib/api-error";
import { callApi } from "@/app/_lib/api/call-api";
import { createSource, getJob } from "@/lib/http/contracts/sources";

type Row = {
  url: string;
  status: "sending" | "queued" | "running" | "succeeded" | "failed";
  progress?: { done: number; total: number; unit: string };
  documentId?: string;
  outcome?: "created" | "new_version" | "unchanged";
  error?: string;
};

const MAX_URLS = 50; // CAPTURE_MAX_URLS of the route

const OUTCOME = { created: "Captured", new_version: "Changed since the last capture: new version", unchanged: "Unchanged since the last capture" } as const;

/** The refusal's first reason, and the reason given for each refused address by its place in the list. */
function reasonsOf(failure: ApiFailure): { message: string; byIndex: Map<number, string> } {
  const byIndex = new Map(failure.issues.flatMap((i) => {
    const place = /^urls\.(\d+)(\.|$)/.exec(i.path);
    return place ? [[Number(place[1]), i.message] as const] : [];
  }));
  const message = failure.issues[0]?.message ?? (failure.error || failure.status === 0 ? failure.message : `HTTP ${failure.status}`);
  return { message, byIndex };
}

export function CaptureForm({ projectId }: { projectId: string }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [problem, setProblem] = useState<string>();
  const busy = rows.some((r) => r.status === "sending" || r.status === "queued" || r.status === "running");

  const update = (index: number, change: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));

  async function follow(index: number, jobId: string) {
    for (;;) {
      await new Promise((r) => setTimeout(r, 700));
      const result = await callApi(getJob, { params: { jobId } });
      if (!result.ok) return update(index, { status: "failed", error: reasonsOf(result.failure).message });
      const job = result.data;
      update(index, { status: job.status, progress: job.progress, documentId: job.documentId, outcome: job.outcome, error: job.error?.message });
      if (job.status === "succeeded" || job.status === "failed") return;
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("urls") ?? "");
    const urls = [...new Set(text.split(/\s+/).map((u) => u.trim()).filter(Boolean))];
    if (urls.length === 0) return setProblem("Enter the address of a web page, starting with http:// or https://.");
    if (urls.length > MAX_URLS) return setProblem(`At most ${MAX_URLS} pages at a time.`);
    setProblem(undefined);
    setRows(urls.map((url) => ({ url, status: "sending" })));
    const result = await callApi(createSource, { params: { projectId }, body: { urls } });
    if (!result.ok) {
      // All or nothing: the answer names the refused addresses by their place in the list.
      const { message, byIndex } = reasonsOf(result.failure);
      setRows(urls.map((url, i) => ({ url, status: "failed", error: byIndex.get(i) ?? (byIndex.size ? "another address of the list was refused, so none was queued" : message) })));
      return;
    }
    const jobs = "jobs" in result.data ? result.data.jobs : [result.data.job];
    setRows(urls.map((url, i) => ({ url, status: jobs[i]?.status ?? "failed" })));
    await Promise.all(jobs.map((job, index) => follow(index, job.id)));
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="capture-heading" className="capture-form">
      <h2 id="capture-heading">Capture a web page</h2>
      <p className="small muted">
        The server fetches the page with its images, styles and scripts, keeps it as a WACZ web archive with its hashes, custody and (when
        configured) a trusted timestamp, and makes the article its text. Several addresses, one per line, are captured in one go, politely
        paced per site; if one of them is refused, none is queued. Capturing a page the project already holds records a new version when the article changed.
      </p>
      <label htmlFor="capture-urls">Page addresses</label>
      <textarea id="capture-urls" name="urls" rows={3} dir="ltr" placeholder="https://www.example.org/news/1988-report" required aria-describedby={problem ? "capture-problem" : undefined} />
      {problem ? (
        <p id="capture-problem" className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Capturing…" : "Capture"}
        </button>
      </div>
      {rows.length ? (
        <ul className="capture-jobs" aria-live="polite">
          {rows.map((row, i) => (
            <li key={row.url} data-testid="capture-job">
              <span className="break">{row.url}</span>
              {row.status === "failed" ? (
                <p className="field-error">Not captured: {row.error}</p>
              ) : row.status === "succeeded" && row.documentId ? (
                <p>
                  {OUTCOME[row.outcome ?? "created"]} ·{" "}
                  <Link href={`/projects/${projectId}/documents/${row.documentId}`}>Open the document</Link>
                </p>
              ) : (
                <p>
                  <label htmlFor={`capture-progress-${i}`}>{row.status === "running" ? "Fetching the page and its resources" : "Waiting in the queue"}</label>{" "}
                  <progress id={`capture-progress-${i}`} max={row.progress?.total || undefined} value={row.progress?.total ? row.progress.done : undefined} />
                  {row.progress?.total ? ` ${row.progress.done} of ${row.progress.total} ${row.progress.unit}` : null}
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
