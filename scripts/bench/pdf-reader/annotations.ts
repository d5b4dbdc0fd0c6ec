// Annotations spread over a text the way a team leaves them: words and sentences, a fifth of them
// nested in or crossing another, by five people. Deterministic (a seeded generator).
import type { AnnotationSpanTable, SpanRow } from "../../../lib/annotations/span-table";

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function spreadAnnotations(text: string, count: number): AnnotationSpanTable {
  const next = random(1988);
  const people = ["Anna Annotator", "Reza Reviewer", "Olive Owner", "Dara Documenter", "Mina Mohammadi"].map((name, i) => ({ id: `usr_bench_${i}`, name }));
  const rows: SpanRow[] = [];
  for (let i = 0; i < count; i++) {
    const base = rows.length && next() < 0.2 ? rows[Math.floor(next() * rows.length)] : undefined;
    let start = base ? base[1] + Math.floor(next() * 20) - 10 : Math.floor(next() * (text.length - 200));
    start = Math.max(0, Math.min(text.length - 2, start));
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, start + 8 + Math.floor(next() * 120));
    while (end < text.length && /\S/.test(text[end]!)) end++;
    while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
    rows.push([`ann_bench_${String(i).padStart(5, "0")}`, start, end, Math.floor(next() * people.length)]);
  }
  rows.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return { people, rows };
}
