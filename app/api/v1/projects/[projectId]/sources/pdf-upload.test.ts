// PDFs through the sources route and its jobs: a generated report becomes a paged document whose
// annotations, CSV rows, W3C targets and search hits name their pages; a cut-short, encrypted,
// password-protected or fake PDF is refused with a message that says which, leaving no document.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { GET as exportProject } from "@/app/api/v1/projects/[projectId]/export/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { GET as search } from "@/app/api/v1/projects/[projectId]/search/route";
import { db } from "@/lib/db/client";
import { startWorker, type Worker } from "@/lib/jobs/start-worker";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { createTeam, type Team } from "@/test/support/fixtures";
import { closePrinter, makeEncryptedPdf, makeSimplePdf, printHtmlToPdf, truncatePdf } from "@/test/support/pdf";
import { uploadFile, waitForJob } from "@/test/support/upload";

let team: Team;
let worker: Worker;
let pdf: Uint8Array;
let first: { documentId: string; annotationId: string } | undefined;

const PAGE_ONE = "The Amnesty report opens with the summer of 1988 and the prisons of Tehran.";
const PAGE_TWO = "In Gohardasht the commission questioned prisoners for minutes before sentencing them.";
const PAGE_THREE = "Families learned of the executions months later, without any burial place named.";

beforeAll(async () => {
  team = await createTeam();
  worker = await startWorker({ log: () => {} });
  const page = (p: string) => `<section style="page-break-after: always"><p>${p}</p></section>`;
  pdf = await printHtmlToPdf(`<!doctype html><html lang="en"><body>${page(PAGE_ONE)}${page(PAGE_TWO)}<section><p>${PAGE_THREE}</p></section></body></html>`);
}, 120_000);

afterAll(async () => {
  await worker.stop();
  await closePrinter();
});

describe("PDF sources", () => {
  it("keeps the PDF as the artifact and makes a paged document whose spans name their pages downstream", async () => {
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "amnesty-1988.pdf", bytes: pdf, type: "application/pdf" }, { title: "Amnesty report" });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitForJob(team.annotator.token, res.body.job.id, 120_000);
    expect(done.body, JSON.stringify(done.body)).toMatchObject({ status: "succeeded", progress: { unit: "pages", done: 3, total: 3 } });
    const documentId = done.body.documentId as string;
    const doc = await call(getDocument, { token: team.viewer.token, params: { documentId } });
    expect(doc.body).toMatchObject({
      title: "Amnesty report",
      format: "pdf",
      artifact: { sha256: createHash("sha256").update(pdf).digest("hex"), mediaType: "application/pdf", bytes: pdf.length },
      derivation: { tool: expect.stringContaining("pdf"), version: expect.any(String) },
    });
    expect(doc.body.pages.map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
    const text = doc.body.text as string;
    expect(text).toContain(PAGE_TWO);
    expect(await db().documentLayout.count({ where: { documentId } })).toBe(1);

    // A span on page 2, and one across the break from page 2 to page 3.
    const onTwo = await call(postAnnotation, { token: team.annotator.token, params: { documentId }, body: { quote: { exact: "the commission questioned prisoners" } } });
    expect(onTwo.status, JSON.stringify(onTwo.body)).toBe(201);
    expect(onTwo.body).toMatchObject({ pageStart: 2, pageEnd: 2 });
    first = { documentId, annotationId: onTwo.body.id };
    const from = text.indexOf("sentencing them");
    const to = text.indexOf("Families learned") + "Families learned".length;
    const across = await call(postAnnotation, { token: team.annotator.token, params: { documentId }, body: { start: from, end: to } });
    expect(across.body).toMatchObject({ pageStart: 2, pageEnd: 3 });

    const witness = await call(postEntity, { token: team.annotator.token, params: { projectId: team.projectId }, body: { kind: "organization", name: "Amnesty International" } });
    const claim = await call(postClaim, {
      token: team.annotator.token,
      params: { projectId: team.projectId },
      body: { type: "statement", fields: { speaker: witness.body.id, quote: "questioned prisoners" }, evidence: [onTwo.body.id, across.body.id], attribution: { assertedBy: witness.body.id, stance: "asserts" } },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);

    const csv = await callRaw(exportProject, { url: "/?format=csv&status=draft", token: team.owner.token, params: { projectId: team.projectId } });
    expect(csv.status, csv.text).toBe(200);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.quote_exact, r.page_start, r.page_end])).toEqual([
      ["the commission questioned prisoners", "2", "2"],
      [text.slice(from, to), "2", "3"],
    ]);

    const w3c = await callRaw(exportProject, { url: "/?format=w3c&status=draft", token: team.owner.token, params: { projectId: team.projectId } });
    const selectors = JSON.parse(w3c.text).first.items[0].target.map((t: { selector: { type: string; value?: string }[] }) => t.selector.find((s) => s.type === "FragmentSelector"));
    expect(selectors).toEqual([
      { type: "FragmentSelector", value: "page=2", conformsTo: "http://tools.ietf.org/rfc/rfc3778" },
      { type: "FragmentSelector", value: "page=2", conformsTo: "http://tools.ietf.org/rfc/rfc3778" },
    ]);

    const jsonl = await callRaw(exportProject, { url: "/?format=jsonl&status=draft", token: team.owner.token, params: { projectId: team.projectId } });
    expect(JSON.parse(jsonl.text.split("\n")[0]!).evidence.map((e: { pageStart: number; pageEnd: number }) => [e.pageStart, e.pageEnd])).toEqual([[2, 2], [2, 3]]);

    const hits = await call(search, { url: "/?q=burial", token: team.viewer.token, params: { projectId: team.projectId } });
    expect(hits.status, JSON.stringify(hits.body)).toBe(200);
    const docHit = (hits.body.hits ?? hits.body.items).find((h: { kind: string; id: string }) => h.kind === "document" && h.id === documentId);
    expect(docHit).toMatchObject({ page: 3 });
  }, 180_000);

  it("takes a new edition as the next version: annotations are re-anchored and their pages follow", async () => {
    expect(first).toBeDefined();
    const page = (p: string) => `<section style="page-break-after: always"><p>${p}</p></section>`;
    const preface = "Preface to the second edition, with corrections received from survivors.";
    const edition = await printHtmlToPdf(`<!doctype html><html lang="en"><body>${page(preface)}${page(PAGE_ONE)}${page(PAGE_TWO)}<section><p>${PAGE_THREE}</p></section></body></html>`);
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "amnesty-1988-2nd.pdf", bytes: edition }, { versionOf: first!.documentId });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitForJob(team.annotator.token, res.body.job.id, 120_000);
    expect(done.body, JSON.stringify(done.body)).toMatchObject({ status: "succeeded" });
    const next = await db().document.findUniqueOrThrow({ where: { id: done.body.documentId } });
    const before = await db().document.findUniqueOrThrow({ where: { id: first!.documentId } });
    expect(next).toMatchObject({ lineageId: before.lineageId, version: 2, title: "Amnesty report", format: "pdf" });
    const moved = await call(getAnnotation, { token: team.viewer.token, params: { annotationId: first!.annotationId } });
    expect(moved.body).toMatchObject({ documentId: next.id, exact: "the commission questioned prisoners", pageStart: 3, pageEnd: 3 });
    const event = await db().event.findFirstOrThrow({ where: { projectId: team.projectId, subjectId: next.id } });
    expect(event.type).toBe("document.version_created");
  }, 180_000);

  it("refuses versionOf naming no document of the project, leaving nothing", async () => {
    const jobs = await db().sourceJob.count({ where: { projectId: team.projectId } });
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "x.pdf", bytes: pdf }, { versionOf: "doc_elsewhere" });
    expectError(res, 400, "invalid_input", [["versionOf"]]);
    expect(await db().sourceJob.count({ where: { projectId: team.projectId } })).toBe(jobs);
  });

  it("refuses a PDF cut short at once, saying so, and leaves nothing", async () => {
    const jobs = await db().sourceJob.count({ where: { projectId: team.projectId } });
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "cut.pdf", bytes: truncatePdf(pdf) });
    expectError(res, 400, "invalid_input", [["file"]]);
    expect(res.body.error.message).toMatch(/incomplete/);
    expect(await db().sourceJob.count({ where: { projectId: team.projectId } })).toBe(jobs);
  });

  it.each([
    ["an encrypted PDF", () => makeEncryptedPdf(""), "pdf_encrypted", /encrypt/i],
    ["a password-protected PDF", () => makeEncryptedPdf("secret"), "pdf_password", /password/i],
  ])("fails the job for %s with a message that says which, leaving no document", async (_label, make, code, message) => {
    const documents = await db().document.count({ where: { projectId: team.projectId } });
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "locked.pdf", bytes: await make() });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await waitForJob(team.annotator.token, res.body.job.id, 60_000);
    expect(done.body).toMatchObject({ status: "failed", error: { code } });
    expect(done.body.error.message).toMatch(message);
    expect(await db().document.count({ where: { projectId: team.projectId } })).toBe(documents);
    expect(await db().sourceJobChunk.count({ where: { jobId: res.body.job.id } })).toBe(0);
  }, 90_000);

  it("reads a PDF made by another producer (pdf-lib) the same way", async () => {
    const bytes = await makeSimplePdf(["First page of the briefing.", "Second page of the briefing."]);
    const res = await uploadFile(team.owner.token, team.projectId, { name: "briefing", bytes });
    const done = await waitForJob(team.owner.token, res.body.job.id, 60_000);
    expect(done.body.status).toBe("succeeded");
    const row = await db().document.findUniqueOrThrow({ where: { id: done.body.documentId } });
    expect(row.format).toBe("pdf");
    expect((row.pages as unknown[]).length).toBe(2);
  }, 90_000);
});
