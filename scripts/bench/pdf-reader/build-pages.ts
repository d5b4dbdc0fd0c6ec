// Builds the reader benchmark's pages into a directory served by one static server: our reader
// (the real component, bundled with esbuild) and pdf.js's own viewer (PDFViewer from the package's
// web/ build, loaded as shipped), both drawing the same report.pdf with the same worker file, the
// first page at the same size. Our page loads as the app's does: its script async, the PDF
// preloaded, the reader's props as JSON text (the layout packed), the text beside them: served as
// its own file (as the app's GET /api/v1/documents/{id}/text), preloaded from <head> and fetched
// and checked (length, sha256) by the reader itself.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { AnnotationSpanTable } from "../../../lib/annotations/span-table";
import { packSpanTable } from "../../../lib/annotations/packed-span-table";
import { formClaimTypes } from "../../../lib/claims/types/form-fields";
import { asciiScript } from "../../../lib/pdf-view/ascii-script";
import { packLayout } from "../../../lib/pdf-view/packed-layout";
import { earlyPdfScript } from "../../../lib/reader";
import type { TPdfLayout } from "../../../lib/pdf-view/pdf-layout";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../../..");
const pdfjs = path.join(root, "node_modules/pdfjs-dist");
/** Where our page's worker is served (the app's GET /pdfjs/{version}/pdf.worker.mjs). */
const WORKER = "/reader.worker.mjs";
/** Where our page's pdf.js main module is served (the app's GET /pdfjs/{version}/pdf.mjs). */
const MAIN = "/reader.pdf.mjs";

export interface ReaderBenchData {
  text: string;
  layout: TPdfLayout;
  table: AnnotationSpanTable;
}

const BASELINE_SCRIPT = `
import * as pdfjsLib from "/pdf.min.mjs";
globalThis.pdfjsLib = pdfjsLib;
pdfjsLib.GlobalWorkerOptions.workerPort = new Worker("/pdf.worker.min.mjs", { type: "module" });
const { EventBus, PDFLinkService, PDFViewer } = await import("/pdf_viewer.mjs");
const container = document.getElementById("viewerContainer");
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({ container, eventBus, linkService });
linkService.setViewer(viewer);
let canvas = false, text = false;
const done = () => { if (canvas && text) performance.mark("baseline:first-page"); };
eventBus.on("pagerendered", (e) => { if (e.pageNumber === 1) { canvas = true; done(); } });
eventBus.on("textlayerrendered", (e) => { if (e.pageNumber === 1) { text = true; done(); } });
// The same size as our reader draws its first page (its width in CSS pixels, ?width=), else the
// viewer's own "page-width": the canvas and text layer cost grows with the page's area.
const width = Number(new URLSearchParams(location.search).get("width"));
eventBus.on("pagesinit", () => {
  if (width > 0) viewer.currentScale = (width * viewer.currentScale) / viewer.getPageView(0).viewport.width;
  else viewer.currentScaleValue = "page-width";
});
const doc = await pdfjsLib.getDocument({ url: "/report.pdf", isEvalSupported: false }).promise;
viewer.setDocument(doc);
linkService.setDocument(doc);
`;

export async function buildPages(dir: string, data: ReaderBenchData, pdf: Uint8Array): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { harness: "scripts/bench/pdf-reader/harness.tsx" },
    outdir: dir,
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"', "process.env": "{}" },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
  copyFileSync(path.join(root, "app/globals.css"), path.join(dir, "globals.css"));
  for (const f of ["build/pdf.min.mjs", "build/pdf.worker.min.mjs", "web/pdf_viewer.mjs", "web/pdf_viewer.css"]) copyFileSync(path.join(pdfjs, f), path.join(dir, path.basename(f)));
  writeFileSync(path.join(dir, "report.pdf"), pdf);
  // Our page serves pdf.js's worker as the app does (GET /pdfjs/{version}/pdf.worker.mjs): the
  // same code written in ASCII, started by the same one-line script at the top of the page, which also imports pdf.js's
  // main module as the app serves it (GET /pdfjs/{version}/pdf.mjs, ASCII too) and names the file that the reader's
  // code opens as soon as it has loaded.
  writeFileSync(path.join(dir, WORKER.slice(1)), asciiScript(readFileSync(path.join(pdfjs, "build/pdf.worker.min.mjs"), "utf8")));
  writeFileSync(path.join(dir, MAIN.slice(1)), asciiScript(readFileSync(path.join(pdfjs, "build/pdf.min.mjs"), "utf8")));
  // The reader's props as the app's page sends them (the layout and the spans packed, the claim types made on the
  // server), and as JSON text parsed
  // at run time: the app's payload reaches the browser so (React's server component stream).
  writeFileSync(path.join(dir, "text.txt"), data.text);
  const lateText = { url: "/text.txt", length: data.text.length, sha256: createHash("sha256").update(data.text, "utf8").digest("hex") };
  const props = { lateText, table: packSpanTable(data.table), layout: packLayout(data.layout), claimTypes: formClaimTypes([]) };
  writeFileSync(path.join(dir, "data.js"), `window.__PDF_READER__=JSON.parse(${JSON.stringify(JSON.stringify(props))});`);
  writeFileSync(
    path.join(dir, "reader.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reader</title><link rel="stylesheet" href="/globals.css"><link rel="stylesheet" href="/harness.css">` +
      `<link rel="preload" href="/report.pdf" as="fetch" crossorigin="use-credentials"><link rel="preload" href="/text.txt" as="fetch" crossorigin="use-credentials"><script type="module" async src="/harness.js"></script></head>` +
      `<body><main class="app-main"><div class="rd-page"><script>${earlyPdfScript(WORKER, "/report.pdf", MAIN)}</script><div class="page-head"><h1>Benchmark report</h1></div><div id="reader-root" style="display:contents"></div></div></main>` +
      `<script src="/data.js"></script></body></html>`,
  );
  writeFileSync(
    path.join(dir, "baseline.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pdf.js viewer</title><link rel="stylesheet" href="/pdf_viewer.css">` +
      `<style>#viewerContainer{position:absolute;inset:0;overflow:auto}</style></head>` +
      `<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div><script type="module">${BASELINE_SCRIPT}</script></body></html>`,
  );
}
