// A new edition of a PDF source, from the browser: from the document page to the source's versions,
// a corrected PDF chosen as the file, its upload and reading followed, then the re-anchoring result
// (annotations moved, annotations sent to the orphan queue) and version 2 in the list.
import { expect, type Page, test } from "@playwright/test";
import { type Account, createAccount, cspViolations, expectAccessible, newAccount, signIn } from "./helpers";

const KEPT = "Witnesses described the death commission in Evin prison in the summer of 1988.";
const DROPPED = "The first edition said that four thousand prisoners were buried in Khavaran.";
const ADDED = "The second edition corrects the figure after new testimony from survivors.";

async function printPdf(page: Page, paragraphs: string[]): Promise<Buffer> {
  const printer = await page.context().newPage();
  await printer.setContent(`<html><body style="font: 13pt serif; margin: 2cm">${paragraphs.map((p) => `<p>${p}</p>`).join("")}</body></html>`);
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  return pdf;
}

test("[PDF]: upload a new edition of a PDF from its page and see which annotations moved and which were orphaned", async ({ browser }) => {
  test.setTimeout(240_000);
  const owner: Account = newAccount("edition");
  const context = await browser.newContext();
  const page = await context.newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const p = ((await (await page.request.post("/api/v1/projects", { data: { name: `Editions ${Date.now()}` } })).json()) as { id: string }).id;

  const first = await page.request.post(`/api/v1/projects/${p}/sources`, {
    multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: await printPdf(page, [KEPT, DROPPED]) }, title: "Report, first edition" },
  });
  expect(first.status(), await first.text()).toBe(202);
  const jobId = ((await first.json()) as { job: { id: string } }).job.id;
  let documentId = "";
  await expect
    .poll(async () => {
      const job = (await (await page.request.get(`/api/v1/jobs/${jobId}`)).json()) as { status: string; documentId?: string };
      documentId = job.documentId ?? "";
      return job.status;
    }, { timeout: 90_000, intervals: [500] })
    .toBe("succeeded");
  for (const exact of ["death commission in Evin prison", "buried in Khavaran"]) {
    const res = await page.request.post(`/api/v1/documents/${documentId}/annotations`, { data: { quote: { exact } } });
    expect(res.status(), await res.text()).toBe(201);
  }

  // From the document page to the upload box.
  await page.goto(`/projects/${p}/documents/${documentId}`);
  await page.getByRole("link", { name: "Upload a new edition" }).click();
  await expect(page).toHaveURL(/\/versions#new-edition$/);
  const box = page.getByRole("group", { name: "New edition file" });
  await expect(page.getByRole("heading", { name: "Upload a new edition as version 2" })).toBeVisible();

  // The corrected PDF: its upload and reading are followed, then the result is reported.
  await box.getByLabel("Choose the file").setInputFiles({ name: "report-2nd.pdf", mimeType: "application/pdf", buffer: await printPdf(page, [KEPT, ADDED]) });
  await expect(box.getByRole("status")).toBeVisible();
  const report = page.getByTestId("reanchor-report");
  await expect(report).toHaveText("1 annotation moved, 1 sent to the orphan queue.", { timeout: 90_000 });
  await expect(page.getByRole("region", { name: "Version 2 imported" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Open the orphan queue (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Every version of this source (2)" })).toBeVisible();
  await expectAccessible(page);
  expect(await cspViolations(page)).toEqual([]);

  // The same file again: its text is the newest version's, so the box says so and adds nothing.
  await page.getByRole("region", { name: "Version 2 imported" }).getByRole("link", { name: "Read version 2" }).click();
  await page.getByRole("link", { name: "Upload a new edition" }).click();
  await page.getByRole("group", { name: "New edition file" }).getByLabel("Choose the file").setInputFiles({ name: "report-2nd.pdf", mimeType: "application/pdf", buffer: await printPdf(page, [KEPT, ADDED]) });
  await expect(page.getByRole("group", { name: "New edition file" }).getByRole("status")).toContainText("Same text", { timeout: 90_000 });
  await expect(page.getByRole("heading", { name: "Every version of this source (2)" })).toBeVisible();
});
