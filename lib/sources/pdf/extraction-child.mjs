// Entry of the child process extractPdf starts. pdf.js (and its worker code, run in this process as
// pdf.js does in Node) is loaded natively first; only then is tsx registered to load this folder's
// TypeScript. Loading pdf.js's 2 MB of code through tsx's hooks cost seconds per extraction.
//
// pdf.js's legacy build (the one for Node 20) carries core-js, which replaces Array.prototype.push,
// JSON.parse and JSON.stringify with slower JavaScript versions wherever an edge case of the engine's
// own differs from the newest spec (a push past a frozen length, JSON.parse's source text). Every
// push of the extraction, pdf.js's own included, then went through that function (a tenth of the
// CPU time of a 200-page report). This process runs nothing that needs those edge cases: Node's own
// are put back. Only the replaced functions are restored; what core-js adds (Promise.withResolvers
// and the like, which Node 20 lacks and pdf.js needs) stays.
import { register } from "tsx/esm/api";

const natives = [
  [Array.prototype, "push", Array.prototype.push],
  [JSON, "parse", JSON.parse],
  [JSON, "stringify", JSON.stringify],
];
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
for (const [target, name, value] of natives) {
  if (target[name] !== value) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

void pdfjs;
globalThis.pdfjsWorker = pdfjsWorker;
register();
await import("./extraction-child.ts");
