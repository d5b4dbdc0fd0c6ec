// Uploads a file to POST /projects/{projectId}/sources in-process as multipart/form-data, the way
// a browser's FormData does, and waits for background jobs through GET /jobs/{id}.
import { expect } from "vitest";
import { GET as getJobRoute } from "@/app/api/v1/jobs/[jobId]/route";
import { POST as postSource } from "@/app/api/v1/projects/[projectId]/sources/route";
import { call, type CallResult, randomClientAddress } from "./api";

export async function uploadFile(
  token: string,
  projectId: string,
  file: { name: string; bytes: Uint8Array | string; type?: string },
  fields: Record<string, string> = {},
): Promise<CallResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  const headers = new Headers({ authorization: `Bearer ${token}`, "x-forwarded-for": randomClientAddress() });
  const req = new Request(`http://localhost:3000/api/v1/projects/${projectId}/sources`, { method: "POST", headers, body: form });
  const res = await postSource(req, { params: Promise.resolve({ projectId }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Polls GET /jobs/{id} until the job has finished (or the time is up) and returns its last answer. */
export async function waitForJob(token: string, jobId: string, timeoutMs = 30_000): Promise<CallResult> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(getJobRoute, { token, params: { jobId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === "succeeded" || res.body.status === "failed" || Date.now() > until) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}
