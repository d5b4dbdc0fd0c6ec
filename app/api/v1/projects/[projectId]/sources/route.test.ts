import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getArtifact } from "@/app/api/v1/documents/[documentId]/artifact/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { GET as getJob } from "@/app/api/v1/jobs/[jobId]/route";
import { db } from "@/lib/db/client";
import { startWorker, type Worker } from "@/lib/jobs/start-worker";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { projectState } from "@/test/support/db-state";
import { createTeam, type Team } from "@/test/support/fixtures";
import { uploadFile, waitForJob } from "@/test/support/upload";
import { POST } from "./route";

let team: Team;
let worker: Worker;
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");
const PERSIAN_TEXT = "اعدام‌های ۱۳۶۷\nThe summer of 1988: more than 30,000 prisoners.\r\n";
const HTML = `<!DOCTYPE html><html lang="fa"><head><title>Report on Evin</title></head><body><h1>Evin</h1><script>x()</script><p>Prisoners were executed.</p></body></html>`;

beforeAll(async () => {
  team = await createTeam();
  worker = await startWorker({ log: () => {} });
}, 60_000);

afterAll(async () => {
  await worker.stop();
});

async function leftovers(projectId: string) {
  const [jobs, chunks, artifacts] = await Promise.all([
    db().sourceJob.count({ where: { projectId } }),
    db().sourceJobChunk.count({ where: { projectId } }),
    db().artifact.count({ where: { projectId } }),
  ]);
  return { jobs, chunks, artifacts };
}

describe("POST /api/v1/projects/{projectId}/sources (file)", () => {
  it("answers 202 with a queued job at once, then the job makes a document whose artifact is the exact bytes", async () => {
    const bytes = new TextEncoder().encode(PERSIAN_TEXT);
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "notes.md", bytes }, { title: "Witness notes", language: "fa" });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.job).toMatchObject({ id: expect.any(String), kind: "import-file", status: "queued", progress: { done: 0, total: bytes.length, unit: "bytes" } });
    const done = await waitForJob(team.annotator.token, res.body.job.id);
    expect(done.body).toMatchObject({ status: "succeeded", documentId: expect.any(String), progress: { done: bytes.length, total: bytes.length } });
    const doc = await call(getDocument, { token: team.viewer.token, params: { documentId: done.body.documentId } });
    expect(doc.body).toMatchObject({
      title: "Witness notes",
      language: "fa",
      format: "text",
      text: PERSIAN_TEXT,
      sha256: sha256(PERSIAN_TEXT),
      artifact: { sha256: sha256(bytes), mediaType: "text/plain; charset=utf-8", bytes: bytes.length },
      derivation: { tool: expect.any(String), version: expect.any(String) },
      pages: null,
    });
    const raw = await callRaw(getArtifact, { url: "/", token: team.viewer.token, params: { documentId: done.body.documentId } });
    expect(raw.status).toBe(200);
    expect(raw.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(raw.headers.get("etag")).toBe(`"${sha256(bytes)}"`);
    expect(raw.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(raw.headers.get("content-disposition")).toContain("Witness notes.txt");
    const again = await callRaw(getArtifact, { url: "/", token: team.viewer.token, params: { documentId: done.body.documentId }, headers: { "if-none-match": `"${sha256(bytes)}"` } });
    expect(again.status).toBe(304);
    const event = await db().event.findFirstOrThrow({ where: { projectId: team.projectId, subjectId: done.body.documentId } });
    expect(event).toMatchObject({ type: "document.created", actorId: team.annotator.id });
    expect(await db().sourceJobChunk.count({ where: { jobId: res.body.job.id } })).toBe(0);
  });

  it("recognises HTML from its bytes, not its name, and takes the title and language from the page", async () => {
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "page.txt", bytes: HTML, type: "text/plain" });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitForJob(team.annotator.token, res.body.job.id);
    expect(done.body.status).toBe("succeeded");
    const row = await db().document.findUniqueOrThrow({ where: { id: done.body.documentId } });
    expect(row).toMatchObject({ format: "html", title: "Report on Evin", language: "fa", text: "Evin\n\nPrisoners were executed." });
  });

  it("stores the same file once however often it is uploaded, each upload its own document", async () => {
    const bytes = `Same bytes ${Math.random()}\n`;
    const ids: string[] = [];
    for (const name of ["a.txt", "b.txt"]) {
      const res = await uploadFile(team.owner.token, team.projectId, { name, bytes });
      ids.push((await waitForJob(team.owner.token, res.body.job.id)).body.documentId);
    }
    expect(new Set(ids).size).toBe(2);
    expect(await db().artifact.count({ where: { projectId: team.projectId, sha256: sha256(bytes) } })).toBe(1);
    expect(await db().artifactChunk.count({ where: { projectId: team.projectId, sha256: sha256(bytes) } })).toBe(1);
  });

  it("keeps a 3 MB upload whole across 1 MiB chunks", async () => {
    const line = "Gohardasht prison, August 1988. ".repeat(32) + "\n";
    const text = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length));
    const res = await uploadFile(team.owner.token, team.projectId, { name: "long.txt", bytes: text });
    const done = await waitForJob(team.owner.token, res.body.job.id);
    expect(done.body.status).toBe("succeeded");
    const raw = await callRaw(getArtifact, { url: "/", token: team.owner.token, params: { documentId: done.body.documentId } });
    expect(sha256(raw.bytes)).toBe(sha256(text));
    expect(await db().artifactChunk.count({ where: { projectId: team.projectId, sha256: sha256(text) } })).toBe(4);
  });

  it.each([
    ["an empty file", { name: "empty.txt", bytes: "" }, "is empty"],
    ["a PNG image", { name: "photo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, "PNG image"],
    ["a ZIP named like a PDF", { name: "report.pdf", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) }, "named like a PDF but is not one"],
    ["an HTML error page saved as a PDF", { name: "report.pdf", bytes: "<!doctype html><html><body><h1>403 Forbidden</h1></body></html>" }, "named like a PDF but is not one"],
    ["text declared as a PDF", { name: "report", bytes: "Plain words.", type: "application/pdf" }, "named like a PDF but is not one"],
    ["a Latin-1 text", { name: "old.txt", bytes: new Uint8Array([0x54, 0xe9, 0x68, 0xe9, 0x72, 0x61, 0x6e]) }, "not a file type"],
  ])("refuses %s at once with 400 naming it, and leaves nothing behind", async (_label, file, message) => {
    const project = await projectState(team.projectId);
    const before = await leftovers(team.projectId);
    const res = await uploadFile(team.annotator.token, team.projectId, file);
    expectError(res, 400, "invalid_input", [["file"]]);
    expect(res.body.error.message).toContain(message);
    expect(await leftovers(team.projectId)).toEqual(before);
    expect(await projectState(team.projectId)).toEqual(project);
  });

  it("refuses a bad text part with 400 naming it, and leaves nothing behind", async () => {
    const before = await leftovers(team.projectId);
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "a.txt", bytes: "text" }, { publishedAt: "summer 1988" });
    expectError(res, 400, "invalid_input", [["publishedAt"]]);
    expect(await leftovers(team.projectId)).toEqual(before);
  });

  it("fails the job, naming why, when the bytes go wrong after the start, and leaves no document", async () => {
    const head = "a".repeat(70 * 1024);
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0x41])]);
    const documents = await db().document.count({ where: { projectId: team.projectId } });
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "mixed.txt", bytes });
    expect(res.status).toBe(202);
    const done = await waitForJob(team.annotator.token, res.body.job.id);
    expect(done.body).toMatchObject({ status: "failed", error: { code: "not_utf8", message: expect.stringContaining("UTF-8") } });
    expect(done.body).not.toHaveProperty("documentId");
    expect(await db().document.count({ where: { projectId: team.projectId } })).toBe(documents);
    expect(await db().sourceJobChunk.count({ where: { jobId: res.body.job.id } })).toBe(0);
  });

  it("hides the route and jobs from outsiders and refuses viewers", async () => {
    const before = await leftovers(team.projectId);
    expectHidden(await uploadFile(team.outsider.token, team.projectId, { name: "a.txt", bytes: "text" }));
    expectError(await uploadFile(team.viewer.token, team.projectId, { name: "a.txt", bytes: "text" }), 403, "forbidden");
    expect(await leftovers(team.projectId)).toEqual(before);
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "a.txt", bytes: "visible to members" });
    expectHidden(await call(getJob, { token: team.outsider.token, params: { jobId: res.body.job.id } }), "job");
    expect((await call(getJob, { token: team.viewer.token, params: { jobId: res.body.job.id } })).status).toBe(200);
  });
});

describe("POST /api/v1/projects/{projectId}/sources (url)", () => {
  it("refuses a scheme other than http(s) with 400 naming url", async () => {
    expectError(await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body: { url: "file:///etc/passwd" } }), 400, "invalid_input", [["url"]]);
  });
});
