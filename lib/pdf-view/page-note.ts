// What a page of the PDF view says about where its text came from, when not from the PDF's own
// text layer: a scanned page read by OCR (and how sure the recogniser was), or a page with no text.
export interface PageTextSource {
  number: number;
  textLayer?: "text" | "ocr" | "none";
  /** Mean word confidence of the recogniser, 0–100. */
  ocrConfidence?: number;
}

export function pageNote(page: PageTextSource | undefined): string | null {
  if (page?.textLayer === "ocr") {
    return page.ocrConfidence === undefined ? "OCR" : `OCR · ${Math.round(page.ocrConfidence)}% confidence`;
  }
  if (page?.textLayer === "none") return "No text layer";
  return null;
}
