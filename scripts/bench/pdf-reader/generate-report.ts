// A long report as researchers receive them: two-column pages of prose with a running header and
// page numbers, every tenth page in Persian (right to left, Noto Naskh from the system's fonts),
// printed to PDF by Chromium so it has a real text layer. Deterministic: the same page count gives
// the same words.
import type { Browser } from "@playwright/test";

const EN = [
  "The commission heard testimony from former prisoners who described the summer of 1988.",
  "Families were not told where the bodies of their relatives had been buried.",
  "Witnesses named the members of the committee who questioned each prisoner for minutes.",
  "Lists of the executed were compiled from interviews, prison records and cemetery visits.",
  "Prisoners who refused to renounce their affiliation were taken to the amphitheatre.",
  "The special rapporteur called for an independent investigation into the killings.",
];
const FA = [
  "در تابستان ۱۳۶۷ هزاران زندانی سیاسی در زندان‌های ایران اعدام شدند.",
  "خانواده‌ها از محل دفن عزیزان خود آگاه نشدند و در خاوران به دنبال آنها گشتند.",
  "شاهدان از هیئتی گفتند که در چند دقیقه درباره سرنوشت هر زندانی تصمیم می‌گرفت.",
];

function paragraphs(page: number, persian: boolean): string {
  const pool = persian ? FA : EN;
  const out: string[] = [];
  for (let p = 0; p < 7; p++) {
    const words: string[] = [];
    for (let s = 0; s < 4; s++) words.push(pool[(page * 7 + p * 3 + s) % pool.length]!);
    out.push(`<p>${words.join(" ")}</p>`);
  }
  return out.join("");
}

export function reportHtml(pages: number): string {
  const body: string[] = [];
  for (let i = 1; i <= pages; i++) {
    const persian = i % 10 === 0;
    body.push(
      `<section class="page"${persian ? ' dir="rtl" lang="fa"' : ""}><header>Report on the 1988 prison massacre</header>` +
        `<h2>${persian ? `بخش ${i}` : `Section ${i}`}</h2><div class="cols">${paragraphs(i, persian)}</div><footer>${i}</footer></section>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 0 }
    body { margin: 0; font: 10.5pt/1.45 "Noto Serif", "Noto Naskh Arabic", serif }
    .page { height: 297mm; box-sizing: border-box; padding: 16mm 18mm; position: relative; break-after: page; overflow: hidden }
    .page[dir=rtl] { font-family: "Noto Naskh Arabic", serif }
    header { font-size: 8pt; color: #555; border-bottom: 0.5pt solid #999; margin-bottom: 6mm }
    footer { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 8pt }
    .cols { column-count: 2; column-gap: 8mm; text-align: justify }
    h2 { font-size: 13pt; margin: 0 0 3mm }
    p { margin: 0 0 2.5mm }
  </style></head><body>${body.join("")}</body></html>`;
}

/** Prints the report to PDF bytes in the given browser. */
export async function generateReport(browser: Browser, pages: number): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(reportHtml(pages), { waitUntil: "load" });
    return new Uint8Array(await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true }));
  } finally {
    await page.close();
  }
}
