// pdf.js as the app serves it to the PDF reader: its worker (GET /pdfjs/{version}/pdf.worker.mjs)
// and its main module (GET /pdfjs/{version}/pdf.mjs), both imported by a script at the top of the
// reader's page before any of the reader's code has arrived. Each is the package's own file,
// written in ASCII (ascii-script.ts: the same code, a fifth quicker for the browser to start),
// read once per process. The path carries pdf.js's version, so a browser may keep the files for
// good and a new version is a new address. Node only (it reads the package).
import { readFileSync } from "node:fs";
import path from "node:path";
import pdfjsPackage from "pdfjs-dist/package.json";
import { asciiScript } from "./ascii-script";

/** The installed pdf.js's version ("5.6.205"). */
export const pdfjsVersion: string = pdfjsPackage.version;

/** Where the reader's page loads the worker from. */
export const pdfWorkerPath = `/pdfjs/${pdfjsVersion}/pdf.worker.mjs`;

/** Where the reader's page loads pdf.js's main module from. */
export const pdfMainPath = `/pdfjs/${pdfjsVersion}/pdf.mjs`;

const scripts = new Map<string, string>();

/** A file of the package's build, ASCII (the app runs from the project's folder, beside its node_modules). */
function buildScript(file: string): string {
  let script = scripts.get(file);
  if (script === undefined) {
    script = asciiScript(readFileSync(path.join(process.cwd(), "node_modules", "pdfjs-dist", "build", file), "utf8"));
    scripts.set(file, script);
  }
  return script;
}

/** The worker's code. */
export function pdfWorkerScript(): string {
  return buildScript("pdf.worker.min.mjs");
}

/** The main module's code (what `import("pdfjs-dist")` gives, minified). */
export function pdfMainScript(): string {
  return buildScript("pdf.min.mjs");
}
