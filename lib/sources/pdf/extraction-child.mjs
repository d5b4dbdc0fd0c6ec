// Entry of the child process extractPdf starts. pdf.js (and its worker code, run in this process as
// pdf.js does in Node) is loaded natively first; only then is tsx registered to load this folder's
// TypeScript. Loading pdf.js's 2 MB of code through tsx's hooks cost seconds per extraction.
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { register } from "tsx/esm/api";

void pdfjs;
globalThis.pdfjsWorker = pdfjsWorker;
register();
await import("./extraction-child.ts");
