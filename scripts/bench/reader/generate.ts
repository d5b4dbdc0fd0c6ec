// The benchmark's source and annotations, the same on every run: a ~1 MB article-like text (English
// paragraphs of realistic lengths, some long, one in ten in Persian with ZWNJ) and 10,000 annotations
// of one to a dozen words, 15% of them nested in, crossing or enclosing another.
import type { AnnotationSpanTable, SpanRow } from "../../../lib/annotations/span-table";

/** mulberry32: small, fast, and the same numbers everywhere. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const EN = (
  "the prisoners were summoned before a commission of three officials who asked each one a few questions about " +
  "their political affiliation and whether they were prepared to renounce it; those who answered wrongly were " +
  "taken to the execution hall in groups, and their families were told nothing for months. survivors later " +
  "described the corridors of evin and gohardasht prisons, the blindfolds, the lists read aloud at night, " +
  "and the trucks that left before dawn. estimates of the number killed range from several thousand to more " +
  "than thirty thousand, according to human rights organisations, former prisoners and a leaked letter " +
  "written in august 1988 by a senior cleric who objected to the killings"
).split(/\s+/);
const FA = "اعدام ۳۰ هزار زندانی سیاسی در تابستان ۱۳۶۷ می‌گویند خانواده‌ها سال‌ها بی‌خبر ماندند و گورهای جمعی در خاوران پیدا شد هیئت مرگ در زندان‌های اوین و گوهردشت".split(" ");

function sentence(r: ReturnType<typeof prng>, words: readonly string[], persian: boolean): string {
  const n = r.int(8, 28);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.pick(words));
  const s = out.join(" ");
  return persian ? `${s}.` : `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export interface BenchData {
  text: string;
  table: AnnotationSpanTable;
  overlapping: number;
}

export function generate(targetLength = 1_000_000, count = 10_000, seed = 1988): BenchData {
  const r = prng(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const persian = r.next() < 0.1;
    const long = r.next() < 0.05;
    const goal = long ? r.int(3000, 6500) : r.int(150, 1400);
    let p = "";
    while (p.length < goal) p += (p ? (r.next() < 0.03 ? "\n" : " ") : "") + sentence(r, persian ? FA : EN, persian);
    paragraphs.push(p);
    length += p.length + 2;
  }
  const text = paragraphs.join("\n\n");

  // Word boundaries, and the paragraph each word is in, so spans stay inside one paragraph.
  const starts: number[] = [];
  const ends: number[] = [];
  const para: number[] = [];
  let pi = 0;
  for (const m of text.matchAll(/\S+|\n\n/g)) {
    if (m[0] === "\n\n") pi++;
    else {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      para.push(pi);
    }
  }
  const span = (w: number, words: number): [number, number] => {
    let k = Math.min(words, starts.length - w);
    while (k > 1 && para[w + k - 1] !== para[w]) k--;
    return [starts[w]!, ends[w + k - 1]!];
  };
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const rows: SpanRow[] = [];
  const people = ["Anna Annotator", "Reza Reviewer", "Olive Owner", "Dara Documenter", "Mina Mohammadi"].map((name, i) => ({ id: `usr_bench_${i}`, name }));
  let overlapping = 0;
  for (let i = 0; i < count; i++) {
    let s: number;
    let e: number;
    const base = rows.length ? r.pick(rows) : undefined;
    const kind = r.next();
    if (base && kind < 0.15) {
      overlapping++;
      const w = wordAt(base[1]);
      const baseWords = wordAt(base[2] - 1) - w + 1;
      if (kind < 0.06) [s, e] = span(w + r.int(0, Math.max(0, baseWords - 1)), r.int(1, Math.max(1, baseWords - 1))); // nested
      else if (kind < 0.11) [s, e] = span(w + r.int(1, Math.max(1, baseWords)), r.int(2, 10)); // crossing
      else [s, e] = span(Math.max(0, w - r.int(1, 4)), baseWords + r.int(2, 8)); // enclosing
    } else {
      [s, e] = span(r.int(0, starts.length - 1), r.int(1, 12));
    }
    rows.push([`ann_bench_${String(i).padStart(5, "0")}`, s, e, r.int(0, people.length - 1)]);
  }
  rows.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return { text, table: { people, rows }, overlapping };
}
