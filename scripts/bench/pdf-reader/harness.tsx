// The reader benchmark's page: the real reader component on a PDF source (page view), bundled by
// esbuild into chunks as the app's bundler does (pdf.js apart), with the report's text, layout and
// annotations from data.js and the PDF from the same static server as the baseline page. As the
// app's page does, it starts opening the PDF before the reader's code has arrived: this script is
// loaded async (as Next loads its chunks), opens the file at once, and mounts the reader once the
// page's data has been parsed (as hydration waits for the page's payload).
import { openPdf, setPdfWorkerSource } from "../../../lib/reader";

performance.mark("harness:start");
setPdfWorkerSource("/pdf.worker.min.mjs");
void openPdf("/report.pdf");
const parsed = document.readyState === "loading" ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true })) : Promise.resolve();
void Promise.all([import("./mount-reader"), parsed]).then(([m]) => m.mountReader());
