// A "scanned" PDF: lines of text rendered to a PNG in Chromium and embedded as the page's only
// content, so the page has no text layer and only OCR can read it.
import { makeImagePdf } from "./make-odd-pdfs";
import { renderHtmlToPng } from "./print-html-to-pdf";

/** A4 at 150 dpi. */
const WIDTH = 1240;
const HEIGHT = 1754;

export async function renderScannedPage(lines: string[]): Promise<Uint8Array> {
  const body = lines.map((l) => `<p>${l}</p>`).join("");
  const html = `<!doctype html><html><body style="margin:150px;font:34px/1.5 'DejaVu Serif','Noto Serif',serif;color:#111;background:#fff">${body}</body></html>`;
  return renderHtmlToPng(html, WIDTH, HEIGHT);
}

/** A PDF of `textPages` ordinary pages (one line each, made with pdf-lib) followed by one scanned page. */
export async function makeScannedPdf(lines: string[], textPages: string[] = []): Promise<Uint8Array> {
  return makeImagePdf([await renderScannedPage(lines)], textPages);
}
