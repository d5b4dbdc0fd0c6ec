// The units of a page that carry text: pdf.js's text items, or, on a page read by OCR, the
// recognised words. Both become spans of the page's text layer in the same order, so one index
// (data-unit) names a unit in the layout, in its geometry and in the DOM.
import type { ItemRange, TPdfLayoutPage } from "./pdf-layout";

/** The text range of each unit of a page (null for an item that produced no text). */
export function pageUnits(page: TPdfLayoutPage): readonly (ItemRange | null)[] {
  return page.ocrWords?.length ? page.ocrWords.map((w) => [w[4], w[5]] as const) : page.items;
}

/** True when the page's units are OCR words (drawn by the reader) rather than pdf.js text items. */
export function isOcrPage(page: TPdfLayoutPage): boolean {
  return !!page.ocrWords?.length;
}
