// Turns every page's runs into the document's text: furniture left out, columns in reading order,
// lines in logical (bidi) order, paragraphs separated by blank lines, pages recorded as offset ranges
// and every pdf.js item mapped to the characters it produced. A paragraph that runs on over a page
// break (the page ends mid-sentence and the next begins in lower case) is joined as one.
import { brokenJoin, ZWNJ } from "./arabic-joining";
import { findPageFurniture } from "./find-page-furniture";
import { groupLines, type Line } from "./group-lines";
import { orderBidi } from "./order-bidi";
import { orderColumns, type Column } from "./order-columns";
import { TextBuilder } from "./text-builder";
import { repairAllahLigature } from "./repair-arabic";
import { unifyDigits } from "./unify-digits";
import type { TextRun } from "./text-run";
import type { TextLayerKind } from "./types";

export type PageRuns = {
  number: number;
  width: number;
  height: number;
  /** pdf.js items on the page; runs with an index at or past it are OCR words (index - itemCount). */
  itemCount: number;
  runs: TextRun[];
  /** Set when the runs were recognised from the page image. */
  ocr?: { words: number };
};

export type AssembledPage = {
  number: number;
  start: number;
  end: number;
  textLayer: TextLayerKind;
  items: (null | [number, number])[];
  /** OCR'd pages: each word's range, index-aligned with the OCR runs. */
  ocrRanges?: (null | [number, number])[];
};

export type Assembled = { text: string; pages: AssembledPage[] };

const SENTENCE_END = /[.!?:;؟۔…"”’»)\]]$/u;

export function assembleText(pages: readonly PageRuns[]): Assembled {
  const pageLines = pages.map((p) => groupLines(p.runs.filter((r) => r.text !== "")));
  const furniture = findPageFurniture(pages.map((p, i) => ({ height: p.height, lines: pageLines[i]! })));
  const builder = new TextBuilder();
  const out: AssembledPage[] = [];
  // The last line written, carried over page breaks so a paragraph can run on.
  let tail: Tail | null = null;
  pages.forEach((page, i) => {
    const ranges = builder.startPage(page.itemCount + (page.ocr?.words ?? 0));
    const body = pageLines[i]!.filter((l) => !furniture[i]!.has(l));
    const hasText = body.some((l) => l.runs.some((r) => !r.blank));
    if (!hasText) {
      out.push({ number: page.number, start: builder.offset, end: builder.offset, textLayer: "none", items: ranges.slice(0, page.itemCount) });
      return;
    }
    const columns = orderColumns(body);
    const before = builder.offset;
    tail = writeColumns(builder, columns, ranges, tail);
    // The page starts where its first character landed (after any separator).
    const start = firstRange(ranges) ?? before;
    const items = ranges.slice(0, page.itemCount);
    if (page.ocr) out.push({ number: page.number, start, end: builder.offset, textLayer: "ocr", items, ocrRanges: ranges.slice(page.itemCount) });
    else out.push({ number: page.number, start, end: builder.offset, textLayer: "text", items });
  });
  return { text: repairAllahLigature(unifyDigits(builder.text())), pages: out };
}

function firstRange(items: (null | [number, number])[]): number | null {
  let first: number | null = null;
  for (const range of items) if (range && (first === null || range[0] < first)) first = range[0];
  return first;
}

type OrderedLine = { line: Line; runs: TextRun[] };
/** A line with the extent of its column, to judge how it ends. */
type Tail = OrderedLine & { left: number; right: number; rtl: boolean };

function writeColumns(builder: TextBuilder, columns: Column[], items: (null | [number, number])[], previous: Tail | null): Tail | null {
  let tail = previous;
  const pitch = typicalPitch(columns);
  for (const column of columns) {
    const left = Math.min(...column.lines.map((l) => l.x0));
    const right = Math.max(...column.lines.map((l) => l.x1));
    column.lines.forEach((line, k) => {
      const runs = orderBidi(line.runs, lineDirection(line.runs, column.rtl));
      const next = { line, runs, left, right, rtl: column.rtl };
      if (tail) {
        const paragraph = k > 0 ? startsParagraph(tail, next, pitch) : !continuesParagraph(tail, next);
        builder.separate(paragraph ? "paragraph" : "line");
      }
      writeLine(builder, runs, line.runs, items);
      tail = next;
    });
  }
  return tail;
}

// Words are spaced by the gaps between them on the page. Inside a right-to-left line a run's
// logical predecessor need not be its neighbour on the page (a number is written left to right), so
// the gap is measured to a neighbour already written when there is one.
function writeLine(builder: TextBuilder, runs: TextRun[], visual: readonly TextRun[], items: (null | [number, number])[]): void {
  const position = new Map<number, number>();
  for (let i = 0; i < visual.length; i++) position.set(visual[i]!.index, i);
  const written = new Set<number>();
  // A neighbour on the page already written (and not blank) measures the gap; this runs per glyph
  // on some producers' pages, so it allocates nothing.
  const nearGap = (run: TextRun, neighbour: TextRun | undefined, gap: number) =>
    neighbour && !neighbour.blank && written.has(neighbour.index) ? Math.min(gap, boxGap(neighbour, run)) : gap;
  let last: TextRun | null = null;
  for (const run of runs) {
    // Letters that touch but were drawn unjoined had a ZWNJ between them (arabic-joining.ts).
    let unjoined = false;
    if (last && !run.blank && !last.blank) {
      const i = position.get(run.index) ?? -1;
      const near = i < 0 ? Infinity : nearGap(run, visual[i + 1], nearGap(run, visual[i - 1], Infinity));
      const gap = near === Infinity ? boxGap(last, run) : near;
      if (gap > 0.15 * Math.min(run.size, last.size)) builder.separate("space");
      else unjoined = brokenJoin(last.lastLetter ?? null, run.firstLetter ?? null);
    }
    builder.append(unjoined ? ZWNJ + run.text : run.text, items, run.index);
    written.add(run.index);
    last = run;
  }
}

function boxGap(a: TextRun, b: TextRun): number {
  return Math.max(b.x0 - a.x1, a.x0 - b.x1);
}

function lineDirection(runs: readonly TextRun[], columnRtl: boolean): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const run of runs) {
    if (run.direction === "rtl") rtl += run.text.length;
    else if (run.direction === "ltr") ltr += run.text.length;
  }
  return rtl === ltr ? columnRtl : rtl > ltr;
}

/** Median distance between consecutive baselines of lines in the same column. */
function typicalPitch(columns: Column[]): number {
  const gaps: number[] = [];
  for (const column of columns) {
    for (let k = 1; k < column.lines.length; k++) {
      const gap = column.lines[k - 1]!.y - column.lines[k]!.y;
      if (gap > 0) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1] ?? 0;
}

/** Within a column: a wider gap than the pitch, a first-line indent, a new type size, or a short last line. */
function startsParagraph(prev: Tail, next: Tail, pitch: number): boolean {
  const size = Math.max(prev.line.size, next.line.size);
  if (Math.abs(prev.line.size - next.line.size) > 0.15 * size) return true;
  const gap = prev.line.y - next.line.y;
  if (pitch > 0 && gap > pitch * 1.4) return true;
  if (gap > size * 2.2) return true;
  const prevIndent = indentOf(prev);
  if (indentOf(next) > size * 0.8 && prevIndent < size * 0.5) return true;
  return endsParagraph(prev);
}

/** Into the next column or page: the paragraph runs on unless its last line ended it or a new one starts. */
function continuesParagraph(prev: Tail, next: Tail): boolean {
  const size = Math.max(prev.line.size, next.line.size);
  if (Math.abs(prev.line.size - next.line.size) > 0.15 * size) return false;
  if (endsParagraph(prev)) return false;
  return indentOf(next) <= size * 0.8;
}

/** A line that ends a sentence well short of its column's far edge. */
function endsParagraph(line: Tail): boolean {
  const width = line.right - line.left;
  const shortBy = line.rtl ? line.line.x0 - line.left : line.right - line.line.x1;
  return shortBy > width * 0.25 && SENTENCE_END.test(lastText(line.runs));
}

function indentOf(line: Tail): number {
  return line.rtl ? line.right - line.line.x1 : line.line.x0 - line.left;
}

function lastText(runs: readonly TextRun[]): string {
  for (let i = runs.length - 1; i >= 0; i--) if (!runs[i]!.blank) return runs[i]!.text.trim();
  return "";
}

