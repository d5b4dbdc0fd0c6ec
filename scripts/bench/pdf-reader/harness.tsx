// The reader benchmark's page: the real reader component on a PDF source (page view), bundled by
// esbuild into chunks as the app's bundler does (pdf.js apart), with the report's text, layout and
// annotations from data.js and the PDF from the same static server as the baseline page. As on the
// app's page, a one-line script at the top of the page has started pdf.js's worker, imported its
// main module and named the file, which the reader's code (lib/reader) opens as soon as it has loaded; this script is loaded
// async (as Next loads its chunks) and mounts the reader once the page's data has been parsed (as
// hydration waits for the page's payload).
import "../../../lib/reader";

performance.mark("harness:start");
const parsed = document.readyState === "loading" ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true })) : Promise.resolve();
void Promise.all([import("./mount-reader"), parsed]).then(([m]) => m.mountReader());
