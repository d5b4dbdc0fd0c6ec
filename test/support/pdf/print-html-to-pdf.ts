// Prints HTML to PDF in headless Chromium (Debian's build, as the browser tests use), so test PDFs
// carry a real text layer made by a real PDF producer rather than a hand-written content stream.
import { chromium, type Browser } from "@playwright/test";

export type PrintOptions = {
  /** CSS page size; A4 by default. */
  format?: "A4" | "Letter";
  /** Running header and footer templates (Chromium's `headerTemplate`/`footerTemplate`). */
  headerTemplate?: string;
  footerTemplate?: string;
  margin?: { top: string; bottom: string; left: string; right: string };
};

let shared: Promise<Browser> | null = null;

function browser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  return shared;
}

/** Prints one HTML document to PDF bytes. The browser is shared between calls; close it with `closePrinter`. */
export async function printHtmlToPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const page = await (await browser()).newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    const withTemplates = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
    const pdf = await page.pdf({
      format: options.format ?? "A4",
      printBackground: true,
      displayHeaderFooter: withTemplates,
      headerTemplate: options.headerTemplate ?? "<span></span>",
      footerTemplate: options.footerTemplate ?? "<span></span>",
      margin: options.margin ?? { top: "20mm", bottom: "20mm", left: "18mm", right: "18mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** Renders HTML to a PNG screenshot of the given size (for image-only "scanned" pages). */
export async function renderHtmlToPng(html: string, width: number, height: number): Promise<Uint8Array> {
  const page = await (await browser()).newPage({ viewport: { width, height } });
  try {
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(await page.screenshot({ type: "png" }));
  } finally {
    await page.close();
  }
}

export async function closePrinter(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) await (await current).close();
}
