// Refusals that the bytes alone decide, before any parsing: not a PDF, too large, cut short.
import { PdfRefusal } from "./pdf-refusal";
import type { PdfLimits } from "./types";

const HEADER = "%PDF-";
const END_MARKER = "%%EOF";
// The header may follow some junk (the PDF specification's readers allow 1 KB); the end marker may be
// followed by whitespace or padding that some producers add.
const HEADER_WINDOW = 1024;
const END_WINDOW = 2048;

export function looksLikePdf(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, HEADER_WINDOW)).includes(HEADER);
}

export function checkPdfBytes(bytes: Uint8Array, limits: Pick<PdfLimits, "maxBytes">): void {
  if (bytes.length > limits.maxBytes) {
    throw new PdfRefusal("pdf_too_large", `The file is ${mib(bytes.length)}; the largest PDF accepted is ${mib(limits.maxBytes)}.`);
  }
  if (!looksLikePdf(bytes)) {
    throw new PdfRefusal("not_pdf", "The file is not a PDF: it does not start with the %PDF- header that every PDF has.");
  }
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - END_WINDOW))).includes(END_MARKER)) {
    throw new PdfRefusal(
      "pdf_truncated",
      "The PDF is incomplete: it stops before its end marker (%%EOF), as a download cut short does. Download it again and upload the whole file.",
    );
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
