// HTML for a generated report that prints to an exact number of A4 pages: each page is a fixed-height
// box of two columns filled with sentences about the 1988 prison massacre, some pages in Persian
// (right to left, columns read right to left). Page numbers and a running title come from Chromium's
// header and footer templates, so they repeat on every page as in a real report.

export type ReportOptions = {
  pages: number;
  /** Every n-th page is Persian (0: none). */
  persianEvery?: number;
  title?: string;
};

const EN_WORDS = (
  "prisoners were questioned by the commission in Evin and Gohardasht prisons during the summer of 1988 " +
  "families received no notice and the bodies were buried in unmarked graves while officials denied the " +
  "executions survivors later testified about the hearings that lasted minutes and the lists of names " +
  "the report documents the decisions the witnesses the dates and the places where the victims were held"
).split(" ");
const FA_WORDS = (
  "زندانیان سیاسی در تابستان ۱۳۶۷ در زندان‌های اوین و گوهردشت توسط هیئت مرگ بازجویی شدند خانواده‌ها " +
  "هیچ خبری دریافت نکردند و پیکرها در گورهای بی‌نام دفن شدند بازماندگان درباره دادگاه‌های چنددقیقه‌ای شهادت دادند"
).split(" ");

/** Deterministic sentences: the same options always give the same report. */
function sentences(words: string[], count: number, seed: number, stop: string): string {
  // mulberry32: small, fast and well mixed in its low bits.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    const length = 10 + (next() % 12);
    const picked = Array.from({ length }, () => words[next() % words.length]!);
    const sentence = picked.join(" ");
    out.push(words === EN_WORDS ? sentence[0]!.toUpperCase() + sentence.slice(1) + stop : sentence + stop);
  }
  return out.join(" ");
}

export type ReportPage = { persian: boolean; heading: string | null; paragraphs: string[] };

/** The report's content page by page: what a correct reading of each page gives, in order. */
export function reportPages(options: ReportOptions): ReportPage[] {
  return Array.from({ length: options.pages }, (_, i) => {
    const n = i + 1;
    const persian = options.persianEvery ? n % options.persianEvery === 0 : false;
    const paragraphs = Array.from({ length: 7 }, (_, k) => (persian ? sentences(FA_WORDS, 5, n * 31 + k, ".") : sentences(EN_WORDS, 5, n * 31 + k, ".")));
    // A heading where a section starts (every fourth page, and each Persian page).
    const heading = persian ? `بخش ${n}` : n % 4 === 1 ? `Section ${(n + 3) / 4}` : null;
    return { persian, heading, paragraphs };
  });
}

/** A page's expected text: heading and paragraphs separated by blank lines. */
export function reportPageText(page: ReportPage): string {
  return [...(page.heading ? [page.heading] : []), ...page.paragraphs].join("\n\n");
}

export function reportHtml(options: ReportOptions): string {
  const title = options.title ?? "Report on the 1988 prison massacre";
  const pages = reportPages(options).map(({ persian, heading, paragraphs }) => {
    const body = paragraphs.map((p) => `<p>${p}</p>`).join("");
    return `<section class="page${persian ? " fa" : ""}"${persian ? ' dir="rtl" lang="fa"' : ""}>${heading ? `<h2>${heading}</h2>` : ""}<div class="cols">${body}</div></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>
    body { margin: 0; font: 9.5pt/1.35 "Noto Serif", serif; }
    .page { height: 250mm; overflow: hidden; break-after: page; }
    .page:last-child { break-after: auto; }
    .fa { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; }
    h2 { font-size: 13pt; margin: 0 0 4mm; }
    .cols { column-count: 2; column-gap: 8mm; column-fill: auto; height: 238mm; }
    h2 + .cols { height: 232mm; }
    p { margin: 0 0 2.5mm; }
  </style></head><body>${pages.join("")}</body></html>`;
}

export const reportHeader = (title: string) =>
  `<div style="font: 7pt sans-serif; width: 100%; text-align: center; color: #444">${title}</div>`;
export const reportFooter = `<div style="font: 7pt sans-serif; width: 100%; text-align: center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
