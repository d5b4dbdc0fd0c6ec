// Extraction rules on PDFs printed by Chromium from HTML (a real producer's text layer), and the
// refusals on broken, locked and hostile files made with pdf-lib.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closePrinter,
  makeDecompressionBomb,
  makeEncryptedPdf,
  makeNotPdf,
  makeScannedPdf,
  makePageCountBomb,
  makeSimplePdf,
  printHtmlToPdf,
  printReport,
  reportPages,
  reportPageText,
  truncatePdf,
} from "@/test/support/pdf";
import { extractPdf, PdfRefusal, type PdfExtraction } from "./index";
import { readPdf } from "./read-pdf";
import { foldText } from "./fold-text";

const page = (body: string, attrs = 'lang="en"') =>
  `<!doctype html><html ${attrs}><head><meta charset="utf-8"><title>Test</title><style>
    body { font: 11pt/1.4 "Noto Serif", serif; } .cols { column-count: 2; column-gap: 10mm; }
    .fa { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; font-size: 13pt; }
  </style></head><body>${body}</body></html>`;

const COLUMN_PARAGRAPHS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"].map(
  (name) =>
    `${name} paragraph: the commission questioned prisoners about their political affiliation, and those who answered wrongly were sent to the gallows within days, according to ${name.toLowerCase()} witnesses.`,
);
const PERSIAN = "در تابستان ۱۳۶۷ هزاران زندانی سیاسی در زندان‌های ایران اعدام شدند.";
const PERSIAN_2 = "این گزارش با نام Amnesty International در سال 2018 منتشر شد.";

const FLOWING = Array.from(
  { length: 90 },
  (_, i) => `Sentence ${i + 1} records that the prisoners held in ward ${(i % 7) + 1} were questioned again before dawn.`,
);

const pdfs: Record<string, Uint8Array> = {};

beforeAll(async () => {
  pdfs.columns = await printHtmlToPdf(page(`<h1>Report on the killings</h1><div class="cols">${COLUMN_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>`));
  pdfs.hyphens = await printHtmlToPdf(
    page(`<p style="width: 60mm">The inquiry found that the inter-<br>national community and the well-known organi-<br>sations stayed silent.</p>`),
  );
  pdfs.ligatures = await printHtmlToPdf(page(`<p>The ﬁnal report ﬂows from oﬃcial ﬁles.</p>`));
  pdfs.persian = await printHtmlToPdf(page(`<p class="fa">${PERSIAN}</p><p class="fa">${PERSIAN_2}</p>`, 'lang="fa" dir="rtl"'));
  pdfs.persianColumns = await printHtmlToPdf(
    page(`<div class="cols fa"><p>ستون راست: ${PERSIAN} ${PERSIAN} ${PERSIAN}</p><p style="break-before: column">ستون چپ: ${PERSIAN_2}</p></div>`, 'lang="fa" dir="rtl"'),
  );
  pdfs.report = await printReport({ pages: 5, persianEvery: 0 });
  pdfs.mixedReport = await printReport({ pages: 4, persianEvery: 2 });
  pdfs.flowing = await printHtmlToPdf(page(`<p>${FLOWING.join(" ")}</p>`), {
    headerTemplate: `<div style="font-size: 8pt; width: 100%; text-align: center">Running head of the report</div>`,
    footerTemplate: `<div style="font-size: 8pt; width: 100%; text-align: center"><span class="pageNumber"></span></div>`,
  });
  pdfs.scanned = await makeScannedPdf(["The commission met in Evin prison.", "Thousands of prisoners were executed."], ["A page with a text layer."]);
}, 120_000);

afterAll(() => closePrinter());

function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/\u200c/g, "")
    // pdftotext wraps embedded runs in bidi controls: they separate words.
    .replace(/[\u200e\u200f\u202a-\u202e]/g, " ")
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[.,:;!?()]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

function commonShare(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    prev = cur;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pdftext-"));
  const file = path.join(dir, "in.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
}

describe("reading order and text", () => {
  it("reads a two-column page column by column, the title first", async () => {
    const { text } = await readPdf(pdfs.columns!);
    expect(text.startsWith("Report on the killings\n\n")).toBe(true);
    const positions = COLUMN_PARAGRAPHS.map((p) => text.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Paragraphs are blank-line separated blocks.
    expect(text.split("\n\n")).toEqual(["Report on the killings", ...COLUMN_PARAGRAPHS]);
  });

  it("joins words split by a line-end hyphen and keeps hyphens inside lines", async () => {
    const { text } = await readPdf(pdfs.hyphens!);
    expect(text).toBe("The inquiry found that the international community and the well-known organisations stayed silent.");
  });

  it("folds ligatures to ordinary letters", async () => {
    const { text } = await readPdf(pdfs.ligatures!);
    expect(text).toBe("The final report flows from official files.");
  });

  it("gives Persian in logical order with presentation forms folded, as pdftotext reads it", async () => {
    const { text } = await readPdf(pdfs.persian!);
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/u);
    const withoutZwnj = (s: string) => s.replace(/\u200c/g, "");
    expect(withoutZwnj(text)).toBe(withoutZwnj(`${PERSIAN}\n\n${PERSIAN_2}`));
    expect(commonShare(words(text), words(pdftotext(pdfs.persian!)))).toBeGreaterThan(0.97);
  });

  it("reads every page of a two-column report, English and Persian, exactly as it was written", async () => {
    const { text, pages } = await readPdf(pdfs.mixedReport!);
    const expected = reportPages({ pages: 4, persianEvery: 2 });
    expect(expected.map((p) => p.persian)).toEqual([false, true, false, true]);
    // pdf.js drops the zero-width non-joiner (a format character) from Persian words.
    const withoutZwnj = (s: string) => s.replace(/\u200c/g, "");
    pages.forEach((page, i) => expect(text.slice(page.start, page.end)).toBe(withoutZwnj(reportPageText(expected[i]!))));
  });

  it("reads right-to-left columns from the right", async () => {
    const { text } = await readPdf(pdfs.persianColumns!);
    expect(text.indexOf("ستون راست")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("ستون راست")).toBeLessThan(text.indexOf("ستون چپ"));
  });
});

describe("pages, furniture and layout", () => {
  let result: PdfExtraction;
  const progress: [number, number][] = [];
  beforeAll(async () => {
    result = await extractPdf(pdfs.report!, { onProgress: (done, total) => progress.push([done, total]) });
  }, 120_000);

  it("reports progress page by page", () => {
    expect(progress).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
  });

  it("keeps running headers and page numbers out of the text", () => {
    expect(result.text).not.toContain("Report on the 1988 prison massacre");
    expect(result.text).not.toMatch(/Page \d of 5/);
    expect(result.text).toContain("Section 1");
    expect(result.metadata).toMatchObject({ title: "Report on the 1988 prison massacre", pageCount: 5 });
  });

  it("lets a paragraph run on over page breaks, without the heads and numbers between", async () => {
    const { text, pages } = await readPdf(pdfs.flowing!);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text).toBe(FLOWING.join(" "));
    // The page break inside the paragraph is a single space that belongs to neither page.
    expect(pages[1]!.start).toBe(pages[0]!.end + 1);
  });

  it("records each page's range, in order, with its text layer", () => {
    expect(result.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    for (const [i, p] of result.pages.entries()) {
      expect(p.textLayer).toBe("text");
      expect(p.end).toBeGreaterThan(p.start);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(result.pages[i - 1]!.end);
    }
    expect(result.text.slice(result.pages[0]!.start, result.pages[0]!.end).startsWith("Section 1")).toBe(true);
  });

  it("maps every pdf.js text item to the characters it produced", async () => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdfs.report!), verbosity: 0 }).promise;
    for (const layoutPage of result.layout.pages) {
      const pdfPage = await doc.getPage(layoutPage.number);
      const { items } = await pdfPage.getTextContent();
      expect(layoutPage.items).toHaveLength(items.length);
      expect(layoutPage.width).toBeCloseTo(pdfPage.getViewport({ scale: 1 }).width, 3);
      let mapped = 0;
      layoutPage.items.forEach((range, i) => {
        const str = (items[i] as { str: string }).str;
        if (!range) {
          const furniture = /Report on the 1988|Page \d|^\d$/.test(str);
          expect(str.trim() === "" || furniture, `item ${i} "${str}" produced no text`).toBe(true);
          return;
        }
        mapped++;
        const page = result.pages[layoutPage.number - 1]!;
        expect(range[0]).toBeGreaterThanOrEqual(page.start);
        expect(range[1]).toBeLessThanOrEqual(page.end);
        const folded = foldText(str).trim().replace(/ {2,}/g, " ");
        const produced = result.text.slice(range[0], range[1]);
        expect(folded === produced || folded === `${produced}-`, `item ${i}: "${folded}" vs "${produced}"`).toBe(true);
      });
      expect(mapped).toBeGreaterThan(10);
    }
    await doc.destroy();
  });
});

describe("pages without a text layer", () => {
  it("says a scanned page has no text layer when OCR is off", async () => {
    const { text, pages } = await readPdf(pdfs.scanned!);
    expect(text).toBe("A page with a text layer.");
    expect(pages.map((p) => p.textLayer)).toEqual(["text", "none"]);
    expect(pages[1]!.start).toBe(pages[1]!.end);
  });

  it("recognises a scanned page with tesseract, with its confidence and word boxes", async () => {
    const result = await extractPdf(pdfs.scanned!, { ocr: true });
    const scanned = result.pages[1]!;
    expect(scanned.textLayer).toBe("ocr");
    expect(scanned.ocrConfidence).toBeGreaterThan(80);
    const ocrText = result.text.slice(scanned.start, scanned.end);
    expect(ocrText).toBe("The commission met in Evin prison.\n\nThousands of prisoners were executed.");
    expect(result.derivation.ocr).toMatchObject({ tool: "tesseract.js", language: "eng" });
    const words = result.layout.pages[1]!.ocrWords!;
    expect(words).toHaveLength(11);
    // "The" sits one inch (72 pt) in from the top-left corner of the page, as it was drawn.
    const [x0, y0, x1, y1, start, end] = words[0]!;
    expect(result.text.slice(start, end)).toBe("The");
    expect(x0).toBeGreaterThan(65);
    expect(x0).toBeLessThan(80);
    expect(y0).toBeGreaterThan(65);
    expect(y1).toBeLessThan(100);
    expect(x1).toBeGreaterThan(x0);
  }, 120_000);
});

describe("refusals", () => {
  const refusal = async (bytes: Uint8Array | Promise<Uint8Array>, limits = {}) => {
    try {
      await extractPdf(await bytes, { limits });
    } catch (error) {
      expect(error).toBeInstanceOf(PdfRefusal);
      return error as PdfRefusal;
    }
    throw new Error("expected a refusal");
  };

  it("refuses a file that is not a PDF", async () => {
    const error = await refusal(makeNotPdf());
    expect(error.code).toBe("not_pdf");
    expect(error.message).toMatch(/not a PDF/);
  });

  it("refuses a truncated PDF", async () => {
    const error = await refusal(truncatePdf(pdfs.report!));
    expect(error.code).toBe("pdf_truncated");
    expect(error.message).toMatch(/incomplete/);
  });

  it("refuses a file larger than the limit before reading it", async () => {
    const error = await refusal(makeSimplePdf(), { maxBytes: 100 });
    expect(error.code).toBe("pdf_too_large");
  });

  it("refuses an encrypted PDF, and names a password when one is needed", async () => {
    const encrypted = await refusal(makeEncryptedPdf());
    expect(encrypted.code).toBe("pdf_encrypted");
    expect(encrypted.message).toMatch(/encrypted/);
    const locked = await refusal(makeEncryptedPdf("secret"));
    expect(locked.code).toBe("pdf_password");
    expect(locked.message).toMatch(/password/);
  }, 60_000);

  it("refuses a page-count bomb and a PDF over the page limit", async () => {
    expect((await refusal(makePageCountBomb())).code).toBe("pdf_too_many_pages");
    const over = await refusal(makeSimplePdf(["one", "two", "three"]), { maxPages: 2 });
    expect(over.code).toBe("pdf_too_many_pages");
    expect(over.message).toMatch(/3 pages.*2/);
  }, 60_000);

  it("stops a decompression bomb at the memory limit", async () => {
    const error = await refusal(makeDecompressionBomb(1500), { maxMemoryMb: 400 });
    expect(error.code).toBe("pdf_too_large");
    expect(error.message).toMatch(/memory/);
  }, 120_000);

  it("stops an extraction that runs past the time limit", async () => {
    const error = await refusal(pdfs.report!, { timeoutMs: 200 });
    expect(error.code).toBe("pdf_timeout");
  }, 60_000);
});
