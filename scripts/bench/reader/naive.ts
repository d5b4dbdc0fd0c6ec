// The naive baseline as static HTML: every annotation wrapped in <mark>, nested where annotations
// overlap (each stretch of text inside one <mark> per annotation covering it), the whole text in
// the page. Its script marks `naive:highlights-painted` at the first frame.
import { splitParagraphs } from "../../../lib/reader";
import type { BenchData } from "./generate";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function naiveHtml(data: BenchData, head: string): { html: string; marks: number } {
  const { text, table } = data;
  const out: string[] = [];
  let marks = 0;
  let k = 0; // rows are sorted by start
  const open: { start: number; end: number }[] = [];
  for (const p of splitParagraphs(text)) {
    const here: { start: number; end: number }[] = open.filter((a) => a.end > p.start);
    open.length = 0;
    while (k < table.rows.length && table.rows[k]![1] < p.end) {
      const [, start, end] = table.rows[k++]!;
      here.push({ start, end });
    }
    const cuts = new Set<number>([p.start, p.end]);
    for (const a of here) {
      cuts.add(Math.max(p.start, a.start));
      cuts.add(Math.min(p.end, a.end));
      if (a.end > p.end) open.push(a);
    }
    const points = [...cuts].sort((x, y) => x - y);
    out.push('<p dir="auto">');
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i]!, points[i + 1]!];
      const depth = here.filter((a) => a.start <= s && a.end >= e).length;
      marks += depth;
      out.push("<mark>".repeat(depth), escape(text.slice(s, e)), "</mark>".repeat(depth));
    }
    out.push("</p>");
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>naive</title></head><body><main class="naive">${out.join("")}</main><script>requestAnimationFrame(() => performance.mark("naive:highlights-painted"));</script></body></html>`;
  return { html, marks };
}
