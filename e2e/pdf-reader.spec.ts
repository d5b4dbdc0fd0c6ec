// A PDF as a source, in the browser: upload a printed two-page report, read it on its pages, select
// words on the page (inside a line, and across the page break) and get exactly the annotation the
// text view makes of the same words, make a claim from them with C, switch to the text view, and
// find the claim's page in its evidence and in the CSV export.
import { expect, type Page, test } from "@playwright/test";
import { type Account, createAccount, cspViolations, expectAccessible, newAccount, signIn } from "./helpers";

const PAGE_ONE = "Amnesty International says that in the summer of 1988 more than 4,500 political prisoners were executed.";
const PAGE_ONE_END = "Families were never told where they were buried.";
const PAGE_TWO = "Witnesses described the death commission in Evin prison.";

async function post(page: Page, path: string, data: object): Promise<{ id: string }> {
  const res = await page.request.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** Selects from `from` (in the text layer span holding it) to the end of `to` (likewise), as a drag would. */
async function selectOnPages(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const spans = [...document.querySelectorAll<HTMLElement>(".pdf-page .textLayer [data-unit]")];
      const holding = (w: string) => spans.find((s) => s.textContent?.includes(w));
      const first = holding(a!);
      const last = holding(b!);
      if (!first || !last) throw new Error(`not on the drawn pages: ${!first ? a : b}`);
      const range = document.createRange();
      range.setStart(first.firstChild!, first.textContent!.indexOf(a!));
      range.setEnd(last.firstChild!, last.textContent!.indexOf(b!) + b!.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

test("[PDF]: upload a PDF, annotate on its pages as in the text view, claim the words, find the page in the CSV", async ({ browser }) => {
  test.setTimeout(240_000);
  const owner: Account = newAccount("pdf");
  const context = await browser.newContext();
  const page = await context.newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const p = (await post(page, "/projects", { name: `PDF sources ${Date.now()}` })).id;
  await post(page, "/projects/" + p + "/entities", { kind: "event", name: "1988 massacre of political prisoners", aliases: ["summer of 1988"] });
  const amnesty = await post(page, `/projects/${p}/entities`, { kind: "organization", name: "Amnesty International", aliases: ["Amnesty"] });

  // A two-page report printed by the browser, uploaded as a file.
  const printer = await context.newPage();
  await printer.setContent(
    `<html><body style="font: 13pt serif; margin: 2cm"><p>${PAGE_ONE}</p><p>${PAGE_ONE_END}</p>` +
      `<p style="break-before: page">${PAGE_TWO}</p></body></html>`,
  );
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  const upload = await page.request.post(`/api/v1/projects/${p}/sources`, {
    multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf }, title: "Report on the 1988 killings" },
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
      { timeout: 90_000, intervals: [500] },
    )
    .toBe("succeeded");
  const doc = (await (await page.request.get(`/api/v1/documents/${documentId}`)).json()) as { text: string; pages: { number: number; start: number; end: number }[] };
  expect(doc.pages.map((x) => x.number)).toEqual([1, 2]);
  const layout = await page.request.get(`/api/v1/documents/${documentId}/layout`);
  expect(layout.status()).toBe(200);

  // The reader opens on the pages, drawn by pdf.js with a text layer; pdf.js's main module comes
  // from the page's early script (under the page's policy), not after the reader's own code.
  const pdfjsFiles: string[] = [];
  page.on("response", (r) => {
    const file = /\/pdfjs\/[^/]+\/(pdf(?:\.worker)?\.mjs)$/.exec(new URL(r.url()).pathname)?.[1];
    if (file) pdfjsFiles.push(`${file} ${r.status()}`);
  });
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`/projects/${p}/documents/${documentId}`);
  await expect(page.getByRole("button", { name: "Pages" })).toHaveAttribute("aria-pressed", "true");
  await page.waitForFunction(() => performance.getEntriesByName("pdf:first-page-highlights").length > 0);
  expect(pdfjsFiles).toContain("pdf.mjs 200");
  expect(refused).toEqual([]);
  await expect(page.locator('.pdf-page[data-page-number="1"] .textLayer [data-unit]').first()).toBeAttached({ timeout: 30_000 });

  // Words inside a line: the annotation is the one the text view makes, and it is drawn on the page.
  const words = "more than 4,500 political prisoners were executed";
  await selectOnPages(page, "more than 4,500", "were executed");
  await expect(page.getByRole("button", { name: /^Claim/ })).toBeVisible();
  const annotated = page.waitForResponse((r) => r.url().endsWith(`/documents/${documentId}/annotations`) && r.request().method() === "POST");
  await page.keyboard.press("c");
  const made = (await (await annotated).json()) as { id: string; start: number; end: number; exact: string };
  expect(made.exact).toBe(words);
  expect(made.start).toBe(doc.text.indexOf(words));
  await expect(page.locator('.pdf-page[data-page-number="1"] .pdf-hl-selected').first()).toBeAttached();

  // The claim from those words, saved as a draft.
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-evidence")).toHaveText(words);
  await form.getByLabel("Asserted by").fill("Amnesty");
  await expect(form.getByText("Amnesty International", { exact: true })).toBeVisible();
  const created = page.waitForResponse((r) => r.url().endsWith(`/projects/${p}/claims`) && r.request().method() === "POST");
  await form.getByRole("button", { name: "Save draft" }).click();
  const claim = (await (await created).json()) as { id: string; evidence: string[]; attribution: { assertedBy: string } };
  expect(claim.evidence).toEqual([made.id]);
  expect(claim.attribution.assertedBy).toBe(amnesty.id);
  await expect(page.getByTestId("annotation-pages")).toContainText("p. 1");

  // Across the page break: from the last line of page 1 into page 2 (drawn once near the screen),
  // the same span as in the text.
  await page.locator(".rd-pdf").evaluate((el) => (el.scrollTop = el.scrollHeight / 2 - el.clientHeight / 2));
  await expect(page.locator('.pdf-page[data-page-number="2"] .textLayer [data-unit]').first()).toBeAttached({ timeout: 30_000 });
  await selectOnPages(page, "never told", "Witnesses described");
  const crossing = page.waitForResponse((r) => r.url().endsWith(`/documents/${documentId}/annotations`) && r.request().method() === "POST");
  await page.keyboard.press("a");
  const across = (await (await crossing).json()) as { start: number; end: number; exact: string; pageStart?: number; pageEnd?: number };
  expect(across.start).toBe(doc.text.indexOf("never told"));
  expect(across.end).toBe(doc.text.indexOf("Witnesses described") + "Witnesses described".length);
  await expect(page.getByTestId("annotation-pages")).toContainText("pp. 1–2");
  await expectAccessible(page);
  expect(await cspViolations(page)).toEqual([]);

  // ?page=2 opens there; the switch shows the same annotations in the text view.
  await page.goto(`/projects/${p}/documents/${documentId}?page=2`);
  await expect(page.getByTestId("current-page")).toHaveText("Page 2 of 2");
  await page.getByRole("button", { name: "Text" }).click();
  await expect(page.getByRole("article", { name: "Document text" })).toBeVisible();
  await expect(page.getByTestId("annotation-count")).toHaveText("2");

  // The text travels beside the page: held back, the pages and their highlights still draw, and
  // words selected meanwhile become, once it arrives, exactly the annotation they would have.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const textRoute = `**/api/v1/documents/${documentId}/text`;
  await page.route(textRoute, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/projects/${p}/documents/${documentId}`);
  await expect(page.locator('.pdf-page[data-page-number="1"] .textLayer [data-unit]').first()).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.pdf-page[data-page-number="1"] .pdf-hl').first()).toBeAttached();
  await expect(page.getByTestId("annotation-count")).toHaveCount(0);
  const early = "Amnesty International says that";
  await selectOnPages(page, "Amnesty International", "says that");
  const waited = page.waitForResponse((r) => r.url().endsWith(`/documents/${documentId}/annotations`) && r.request().method() === "POST");
  await page.keyboard.press("a");
  release();
  const late = (await (await waited).json()) as { start: number; end: number; exact: string };
  expect(late.exact).toBe(early);
  expect(late.start).toBe(doc.text.indexOf(early));
  await expect(page.getByTestId("annotation-count")).toHaveText("3");
  await page.unroute(textRoute);

  // The claim's evidence names its page.
  await page.goto(`/projects/${p}/claims/${claim.id}`);
  await expect(page.getByTestId("evidence-page")).toContainText("p. 1");

  // The CSV export names the page the claim's words are on.
  const csv = await (await page.request.get(`/api/v1/projects/${p}/export?status=all`)).text();
  const [columns, cells] = csvRecords(csv);
  expect(columns).toContain("page_start");
  expect(cells![columns!.indexOf("claim_id")]).toBe(claim.id);
  expect(cells![columns!.indexOf("page_start")]).toBe("1");
  expect(cells![columns!.indexOf("page_end")]).toBe("1");
});
