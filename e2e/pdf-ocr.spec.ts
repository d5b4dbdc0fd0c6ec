// A scanned page in the PDF reader: a page with no text layer, read by OCR in the background, is
// marked "OCR" with the recogniser's confidence on the page itself, and its recognised words can be
// selected on the image and annotated like any other words of the source.
import { expect, type Page, test } from "@playwright/test";
import { closePrinter, makeScannedPdf } from "../test/support/pdf";
import { type Account, createAccount, cspViolations, expectAccessible, newAccount, signIn } from "./helpers";

test.afterAll(() => closePrinter());

const SCANNED = ["The commission met in Evin prison.", "Thousands of prisoners were executed."];

/** Selects from `from` (in the text layer span holding it) to the end of `to`, as a drag would. */
async function selectOnPage(page: Page, pageNumber: number, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([n, a, b]) => {
      const spans = [...document.querySelectorAll<HTMLElement>(`.pdf-page[data-page-number="${n}"] .textLayer [data-unit]`)];
      const first = spans.find((s) => s.textContent?.includes(a!));
      const last = spans.find((s) => s.textContent?.includes(b!));
      if (!first || !last) throw new Error(`not on page ${n}: ${!first ? a : b}`);
      const range = document.createRange();
      range.setStart(first.firstChild!, first.textContent!.indexOf(a!));
      range.setEnd(last.firstChild!, last.textContent!.indexOf(b!) + b!.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    },
    [String(pageNumber), from, to],
  );
}

test("[PDF]: a scanned page shows as OCR with its confidence, and its recognised words are annotated on the page", async ({ browser }) => {
  test.setTimeout(240_000);
  const owner: Account = newAccount("ocr");
  const context = await browser.newContext();
  const page = await context.newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const created = await page.request.post("/api/v1/projects", { data: { name: `Scanned sources ${Date.now()}` } });
  const p = ((await created.json()) as { id: string }).id;

  // Page 1 has a text layer; page 2 is only an image of text.
  const pdf = await makeScannedPdf(SCANNED, ["A page with a text layer."]);
  const upload = await page.request.post(`/api/v1/projects/${p}/sources`, {
    multipart: { file: { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) }, title: "Scanned witness statement" },
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const jobId = ((await upload.json()) as { job: { id: string } }).job.id;
  let documentId = "";
  await expect
    .poll(
      async () => {
        const job = (await (await page.request.get(`/api/v1/jobs/${jobId}`)).json()) as { status: string; documentId?: string };
        documentId = job.documentId ?? "";
        return job.status;
      },
      { timeout: 150_000, intervals: [1000] },
    )
    .toBe("succeeded");
  const doc = (await (await page.request.get(`/api/v1/documents/${documentId}`)).json()) as {
    text: string;
    pages: { number: number; start: number; end: number; textLayer: string; ocrConfidence?: number }[];
  };
  const scanned = doc.pages[1]!;
  expect(scanned).toMatchObject({ number: 2, textLayer: "ocr" });
  expect(scanned.ocrConfidence).toBeGreaterThan(60);

  // The reader marks page 2, and only page 2, as OCR with the confidence the API gives.
  await page.goto(`/projects/${p}/documents/${documentId}?page=2`);
  await expect(page.getByTestId("current-page")).toHaveText("Page 2 of 2");
  const note = page.locator('.pdf-page[data-page-number="2"] [data-testid="pdf-page-note"]');
  await expect(note).toHaveText(`OCR · ${Math.round(scanned.ocrConfidence!)}% confidence`);
  await expect(page.getByRole("region", { name: `Page 2 (OCR · ${Math.round(scanned.ocrConfidence!)}% confidence)` })).toBeVisible();
  await expect(page.locator('.pdf-page[data-page-number="1"] [data-testid="pdf-page-note"]')).toHaveCount(0);

  // The recognised words lie over the image as selectable text; selecting some annotates exactly them.
  await expect(page.locator('.pdf-page[data-page-number="2"] .textLayer .pdf-ocr-word').first()).toBeAttached({ timeout: 30_000 });
  const words = "met in Evin prison";
  await selectOnPage(page, 2, "met", "prison");
  expect(await page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(false);
  // What a copy of the selection gives: the words with their spaces, as on the page.
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(words);
  const annotated = page.waitForResponse((r) => r.url().endsWith(`/documents/${documentId}/annotations`) && r.request().method() === "POST");
  await page.keyboard.press("a");
  const made = (await (await annotated).json()) as { start: number; end: number; exact: string; pageStart?: number; pageEnd?: number };
  expect(made.exact).toBe(words);
  expect(made.start).toBe(doc.text.indexOf(words));
  expect(made.start).toBeGreaterThanOrEqual(scanned.start);
  expect(made.end).toBeLessThanOrEqual(scanned.end);
  await expect(page.locator('.pdf-page[data-page-number="2"] .pdf-hl-selected').first()).toBeAttached();
  await expect(page.getByTestId("annotation-pages")).toContainText("p. 2");
  const stored = (await (await page.request.get(`/api/v1/documents/${documentId}/annotations`)).json()) as { items: { exact: string; pageStart?: number }[] };
  expect(stored.items.map((a) => [a.exact, a.pageStart])).toEqual([[words, 2]]);

  await expectAccessible(page);
  expect(await cspViolations(page)).toEqual([]);
});
