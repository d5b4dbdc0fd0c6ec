// Benchmark of PDF sources (npm run bench:pdf): a generated 200-page two-column report with Persian
// pages (Chromium print of HTML), read to searchable text by extractPdf — child process start, pdf.js,
// reading order, furniture, folding, layout — against bare pdf.js getTextContent over the same pages
// in this process, in the same run. Figures: pages/s and peak resident memory. Then the reader: the
// same report, its extracted text and layout and 2,000 annotations, time to the first page drawn
// with its highlights against pdf.js's own viewer drawing that page, in headless Chromium, in the
// same run (scripts/bench/pdf-reader/). `--small`: 12 pages, 120 annotations, one load each.
import { cpus, loadavg, setPriority } from "node:os";
import { extractPdf } from "../lib/sources/pdf";
import { EXTRACTION_PRIORITY } from "../lib/sources/pdf/extract-pdf";
import { readWithBarePdfjs } from "./bench/pdf/baseline";
import { generateReport } from "./bench/pdf/generate-report";
import { watchPeakRss } from "./bench/pdf/peak-rss";
import { runReaderBench } from "./bench/pdf-reader/run";

const small = process.argv.includes("--small");
// extractPdf runs its child at this lower priority so that the app's own work comes first; the
// baseline runs here, so this process takes the same priority and both compete for the CPU alike.
setPriority(EXTRACTION_PRIORITY);
const PAGES = small ? 12 : 200;
const PERSIAN_EVERY = small ? 4 : 10;
const TARGET_PAGES_PER_S = 20;

const bytes = await generateReport(PAGES, PERSIAN_EVERY);
console.log(`report: ${PAGES} pages (every ${PERSIAN_EVERY}th Persian), ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);

// Baseline first, in this process.
let watch = watchPeakRss();
let t0 = performance.now();
const bare = await readWithBarePdfjs(bytes);
const baseSeconds = (performance.now() - t0) / 1000;
const baseRss = watch.stop();

watch = watchPeakRss();
t0 = performance.now();
let progressCalls = 0;
const result = await extractPdf(bytes, { onProgress: () => progressCalls++ });
const oursSeconds = (performance.now() - t0) / 1000;
const oursRss = watch.stop();

const textPages = result.pages.filter((p) => p.textLayer === "text").length;
if (result.metadata.pageCount !== PAGES || textPages !== PAGES || progressCalls !== PAGES) {
  throw new Error(`extraction incomplete: ${result.metadata.pageCount} pages, ${textPages} with text, ${progressCalls} progress calls`);
}
if (/Page \d+ of \d+/.test(result.text)) throw new Error("page footers leaked into the text");

const oursRate = PAGES / oursSeconds;
const baseRate = bare.pages / baseSeconds;
const f = (x: number, d = 1) => x.toFixed(d);
console.log("engine            seconds  pages/s  peak_rss_mb  chars");
console.log(`ours (extractPdf) ${f(oursSeconds, 2).padStart(7)}  ${f(oursRate).padStart(7)}  ${f(oursRss.childrenMb, 0).padStart(11)}  ${result.text.length}   (child process; this process peaked at ${f(oursRss.selfMb, 0)} MB)`);
console.log(`bare pdf.js       ${f(baseSeconds, 2).padStart(7)}  ${f(baseRate).padStart(7)}  ${f(baseRss.selfMb, 0).padStart(11)}  ${bare.chars}   (in this process, module already loaded)`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} (figures are wall-clock, both at nice ${EXTRACTION_PRIORITY})`);
console.log(`target: >= ${TARGET_PAGES_PER_S} pages/s: ${oursRate >= TARGET_PAGES_PER_S ? "met" : "NOT met"}`);

const reader = await runReaderBench({ small, pdf: bytes, extracted: { text: result.text, layout: result.layout } });
for (const line of reader.lines) console.log(line);
const r = reader.figures;
// A first page drawn without its highlights is not what is measured: fail rather than report it.
if (!r.highlights_on_first_page) throw new Error("the reader drew its first page without highlights");
console.log(`reader target: first page with highlights <= 1000 ms and no slower than pdf.js: ${r.first_page_ms <= 1000 && reader.ratio <= 1 ? "met" : "NOT met"}`);
console.log(
  `bench pdf: pages=${PAGES} pages_per_s=${f(oursRate, 2)} peak_rss_mb=${f(oursRss.childrenMb, 0)} baseline_pages_per_s=${f(baseRate, 2)} baseline_peak_rss_mb=${f(baseRss.selfMb, 0)} first_page_ms=${r.first_page_ms} pdfjs_first_page_ms=${r.pdfjs_first_page_ms} reader_ratio=${f(reader.ratio, 2)} ratio=${f(oursRate / baseRate, 2)}`,
);
