// The reader half of `npm run bench:pdf`: how long the reader takes to show the first page of a
// report with its highlights (2,000 annotations over the extracted text), against pdf.js's own
// viewer drawing the same first page (canvas and text layer) in the same run, cold loads in
// headless Chromium, alternating. Small mode: fewer annotations, one load each.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { serveStatic } from "../reader/serve-static";
import { spreadAnnotations } from "./annotations";
import { buildPages } from "./build-pages";
import type { TPdfLayout } from "../../../lib/pdf-view/pdf-layout";

export interface ReaderBenchOptions {
  small: boolean;
  /** The report, and the text and layout the project's extraction made of it. */
  pdf: Uint8Array;
  extracted: { text: string; layout: TPdfLayout };
  browser?: Browser;
}

export interface ReaderBenchResult {
  lines: string[];
  figures: { first_page_ms: number; pdfjs_first_page_ms: number; highlights_on_first_page: number };
  /** Ours over pdf.js's viewer: at most 1 means no slower. */
  ratio: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

/** The first page's drawn width in CSS pixels: both sides draw it at the same size. */
const FIRST_PAGE = { ours: '.pdf-page[data-page-index="0"]', pdfjs: '.page[data-page-number="1"] .canvasWrapper' };

/** Our reader's steps on the way (lib/reader/pdf): the file opened by pdf.js, the page view in the page. */
const STEPS = ["pdf:file-open", "pdf:pages-attached", "reader:text"] as const;

async function markTime(browser: Browser, url: string, mark: string, page1: string, probe?: string): Promise<{ ms: number; count: number; width: number; steps: string }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${e.message} ${e.stack?.split("\n").slice(0, 4).join(" | ")}`));
    await page.goto(url);
    try {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    } catch (e) {
      throw new Error(`${url}: no ${mark} (${errors.join("; ") || String(e)})`);
    }
    const ms = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
    // Our reader fetches the text beside the page: it must arrive (checked) for the run to count.
    if (probe) await page.waitForFunction(() => performance.getEntriesByName("reader:text").length > 0, undefined, { timeout: 60_000 });
    const steps = probe ? await page.evaluate((names) => names.map((n) => `${n.replace(/^\w+:/, "").replace("-", " ")} ${Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN)} ms`).join(", "), [...STEPS]) : "";
    const count = probe ? await page.locator(probe).count() : 0;
    const width = await page.locator(page1).evaluate((el) => el.getBoundingClientRect().width);
    return { ms, count, width, steps };
  } finally {
    await context.close();
  }
}

export async function runReaderBench(options: ReaderBenchOptions): Promise<ReaderBenchResult> {
  const annotations = options.small ? 120 : 2000;
  const runs = options.small ? 1 : Number(process.env.BENCH_RUNS ?? 5);
  const browser = options.browser ?? (await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] }));
  const dir = mkdtempSync(path.join(tmpdir(), "bench-pdf-reader-"));
  const lines: string[] = [];
  try {
    const { pdf } = options;
    const { text, layout } = options.extracted;
    const table = spreadAnnotations(text, annotations);
    lines.push(`reader: ${layout.pages.length} pages (${(pdf.byteLength / 1e6).toFixed(1)} MB), ${text.length.toLocaleString("en")} UTF-16 units of text, ${table.rows.length.toLocaleString("en")} annotations; ${runs} cold load(s) each, alternating`);
    await buildPages(dir, { text, layout, table }, pdf);
    const { server, url } = await serveStatic(dir);
    try {
      const ours: number[] = [];
      const base: number[] = [];
      let boxes = 0;
      for (let i = 0; i < runs; i++) {
        const o = await markTime(browser, `${url}/reader.html`, "pdf:first-page-highlights", FIRST_PAGE.ours, `${FIRST_PAGE.ours} .pdf-hl`);
        const b = await markTime(browser, `${url}/baseline.html?width=${Math.floor(o.width)}`, "baseline:first-page", FIRST_PAGE.pdfjs);
        if (Math.abs(o.width - b.width) > 2) throw new Error(`the two first pages differ in size: ours ${o.width} px wide, pdf.js's ${b.width} px`);
        ours.push(o.ms);
        base.push(b.ms);
        boxes = o.count;
        lines.push(`  run ${i + 1}: our reader, first page with highlights ${Math.round(o.ms)} ms (${o.count} highlight boxes on it; ${o.steps}); pdf.js viewer, first page ${Math.round(b.ms)} ms (both ${Math.round(o.width)} px wide)`);
      }
      const first = median(ours);
      const baseline = median(base);
      lines.push(`  median: ours ${Math.round(first)} ms, pdf.js viewer ${Math.round(baseline)} ms (target: at most 1000 ms and no slower than pdf.js)`);
      return { lines, figures: { first_page_ms: Math.round(first), pdfjs_first_page_ms: Math.round(baseline), highlights_on_first_page: boxes }, ratio: first / baseline };
    } finally {
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!options.browser) await browser.close();
  }
}
