// pdf.js's worker as the app serves it to the PDF reader (GET /pdfjs/{version}/pdf.worker.mjs):
// the package's own file, written in ASCII (ascii-script.ts: the same code, a fifth quicker for
// the browser to start), read once per process. The path carries pdf.js's version, so a browser
// may keep the file for good and a new version is a new address. Node only (it reads the package).
import { readFileSync } from "node:fs";
import path from "node:path";
import pdfjsPackage from "pdfjs-dist/package.json";
import { asciiScript } from "./ascii-script";

/** The installed pdf.js's version ("5.6.205"). */
export const pdfjsVersion: string = pdfjsPackage.version;

/** Where the reader's page loads the worker from. */
export const pdfWorkerPath = `/pdfjs/${pdfjsVersion}/pdf.worker.mjs`;

let script: string | null = null;

/** The worker's code, ASCII (the app runs from the project's folder, beside its node_modules). */
export function pdfWorkerScript(): string {
  script ??= asciiScript(readFileSync(path.join(process.cwd(), "node_modules", "pdfjs-dist", "build", "pdf.worker.min.mjs"), "utf8"));
  return script;
}
