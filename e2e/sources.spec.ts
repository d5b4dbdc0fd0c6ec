// Sources brought in as files through the import page: several dropped at once, each with a live
// progress bar that follows its background job to a link to the document; a file that is not what
// its name says is refused by name; the document page offers the original file. Own account.
import { expect, type Page, test } from "@playwright/test";
import { createAccount, expectAccessible, newAccount, signIn } from "./helpers";

const NOTES = "Notes from the tribunal, 2022.\nWitnesses described the summer of 1988 in Gohardasht prison.\n";
const PAGE = `<!doctype html><html lang="en"><head><title>Evin report</title></head><body><h1>Evin report</h1><p>Prisoners were taken before the commission in July 1988.</p></body></html>`;

async function signedInWithProject(page: Page, label: string): Promise<string> {
  const account = newAccount(label);
  await createAccount(page.request, account);
  await signIn(page, account);
  const res = await page.request.post("/api/v1/projects", { data: { name: `E2E ${label}` } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Drops files on an element as a person dragging them from their desktop would. */
async function dropFiles(page: Page, selector: string, files: { name: string; mimeType: string; text?: string; base64?: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const data = f.base64 !== undefined ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : (f.text ?? "");
      dt.items.add(new File([data], f.name, { type: f.mimeType }));
    }
    return dt;
  }, files);
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent(selector, type, { dataTransfer: transfer });
}

/** A two-page PDF printed by the browser itself, as a report's publisher would make one. */
async function printedPdf(page: Page): Promise<Buffer> {
  const printer = await page.context().newPage();
  await printer.setContent(
    `<!doctype html><html lang="en"><body><p style="page-break-after: always">The tribunal heard witnesses from Evin prison.</p><p>Page two names the members of the commission.</p></body></html>`,
  );
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  return pdf;
}

test("[SOURCES]: drop several files, follow each job, open the documents and their originals", async ({ page }) => {
  test.setTimeout(180_000);
  const projectId = await signedInWithProject(page, "sources");
  const pdf = await printedPdf(page);
  await page.goto(`/projects/${projectId}/import`);
  await expect(page.getByRole("group", { name: "Upload files" })).toBeVisible();
  await expectAccessible(page);

  await dropFiles(page, "fieldset.source-uploads", [
    { name: "tribunal-notes.md", mimeType: "text/markdown", text: NOTES },
    { name: "evin.html", mimeType: "text/html", text: PAGE },
    { name: "report.pdf", mimeType: "application/pdf", text: "This is not a PDF at all." },
    { name: "tribunal.pdf", mimeType: "application/pdf", base64: pdf.toString("base64") },
  ]);
  const rows = page.getByTestId("source-upload");
  await expect(rows).toHaveCount(4);
  const realPdf = rows.filter({ hasText: "tribunal.pdf" });
  const notes = rows.filter({ hasText: "tribunal-notes.md" });
  const html = rows.filter({ hasText: "evin.html" });
  const fake = rows.filter({ hasText: "report.pdf" });
  await expect(notes.getByRole("progressbar")).toBeVisible();
  await expect(notes.getByRole("link", { name: "Open the document" })).toBeVisible({ timeout: 30_000 });
  await expect(html.getByRole("link", { name: "Open the document" })).toBeVisible({ timeout: 30_000 });
  await expect(notes.getByRole("progressbar")).toHaveAttribute("value", "100");
  await expect(fake).toContainText("named like a PDF but is not one");
  await expect(realPdf.getByRole("link", { name: "Open the document" })).toBeVisible({ timeout: 60_000 });
  const pdfHref = await realPdf.getByRole("link", { name: "Open the document" }).getAttribute("href");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/sources-import.png", fullPage: true });

  await html.getByRole("link", { name: "Open the document" }).click();
  await expect(page.getByRole("heading", { name: "Evin report" })).toBeVisible();
  await expect(page.getByText("Prisoners were taken before the commission")).toBeVisible();
  await page.getByText("Source details").click();
  const download = page.getByTestId("document-artifact");
  await expect(download).toBeVisible();
  const original = await page.request.get((await download.getAttribute("href"))!);
  expect(original.status()).toBe(200);
  expect(await original.text()).toBe(PAGE);
  expect(original.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(original.headers()["content-security-policy"]).toContain("default-src 'none'");

  await page.goto(pdfHref!);
  // A PDF opens on its pages; the text derived from them is one switch away.
  await page.getByRole("button", { name: "Text" }).click();
  await expect(page.getByRole("article", { name: "Document text" }).getByText("Page two names the members of the commission")).toBeVisible();
  await page.getByText("Source details").click();
  await expect(page.getByTestId("document-artifact")).toBeVisible();
  await expect(page.getByText("application/pdf")).toBeVisible();
  await page.screenshot({ path: "test-results/sources-pdf-document.png", fullPage: true });
});
