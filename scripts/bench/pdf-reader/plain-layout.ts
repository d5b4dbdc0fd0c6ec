// The text and page layout of a PDF the simplest faithful way, for the reader benchmark when the
// project's extraction is not given: each pdf.js text item's string appended in order (a line end
// after items that end a line, a blank line between pages), its range recorded. The reader maps
// whatever ranges it is given; how good the text is is the extraction's business, measured apart.
import type { TPdfLayout } from "../../../lib/pdf-view/pdf-layout";

export async function plainLayout(bytes: Uint8Array): Promise<{ text: string; layout: TPdfLayout }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  let text = "";
  const pages: TPdfLayout["pages"] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    if (n > 1) text += "\n\n";
    const items: (null | [number, number])[] = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str) {
        items.push(null);
        if ("hasEOL" in item && item.hasEOL && !text.endsWith("\n")) text += "\n";
        continue;
      }
      const start = text.length;
      text += item.str;
      items.push([start, text.length]);
      if (item.hasEOL) text += "\n";
    }
    pages.push({ number: n, width, height, items });
    page.cleanup();
  }
  await doc.destroy();
  return { text, layout: { kind: "pdf", pages } };
}
