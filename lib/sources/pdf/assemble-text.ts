// Turns every page's runs into the document's text: furniture left out, columns in reading order,
// lines in logical (bidi) order, paragraphs separated by blank lines, pages recorded as offset ranges
// and every pdf.js item mapped to the characters it produced. A paragraph that runs on over a page
// break (the page ends mid-sentence and the next begins in lower case) is joined as one.
import { findPageFurniture } from "./find-page-furniture";
import { groupLines, type Line } from "./group-lines";
import { orderBidi } from "./order-bidi";
import { orderColumns, type Column } from "./order-columns";
import { TextBuilder } from "./text-builder";
import { unifyDigits } from "./unify-digits";
import type { TextRun } from "./text-run";
import type { TextLayerKind } from "./types";

export type PageRuns = { number: number; width: number; height: number; itemCount: number; runs: TextRun[] };

export type AssembledPage = {
  number: number;
  start: number;
  end: number;
  textLayer: TextLayerKind;
  items: (null | [number, number])[];
};

export type Assembled = { text: string; pages: AssembledPage[] };

const SENTENCE_END = /[.!?:;؟۔…"”’»)\]]$/u;

export function assembleText(pages: readonly PageRuns[]): Assembled {
  const pageLines = pages.map((p) => groupLines(p.runs.filter((r) => r.text !== "")));
  const furniture = findPageFurniture(pages.map((p, i) => ({ height: p.height, lines: pageLines[i]! })));
  const builder = new TextBuilder();
  const out: AssembledPage[] = [];
  pages.forEach((page, i) => {
    const items = builder.startPage(page.itemCount);
    const body = pageLines[i]!.filter((l) => !furniture[i]!.has(l));
    const hasText = body.some((l) => l.runs.some((r) => !r.blank));
    if (!hasText) {
      out.push({ number: page.number, start: builder.offset, end: builder.offset, textLayer: "none", items });
      return;
    }
    const columns = orderColumns(body);
    const firstLine = columns[0]?.lines[0];
    builder.separate(runsOn(builder, firstLine) ? "line" : "paragraph");
    const before = builder.offset;
    writeColumns(builder, columns, items);
    // The page starts where its first character landed (after any separator).
    const start = firstRange(items) ?? before;
    out.push({ number: page.number, start, end: builder.offset, textLayer: "text", items });
  });
  return { text: unifyDigits(builder.text()), pages: out };
}

function firstRange(items: (null | [number, number])[]): number | null {
  let first: number | null = null;
  for (const range of items) if (range && (first === null || range[0] < first)) first = range[0];
  return first;
}

/** Whether the text so far ends mid-sentence and `line` carries on in lower case. */
function runsOn(builder: TextBuilder, line: Line | undefined): boolean {
  if (!line || builder.offset === 0) return false;
  const tail = builder.text().slice(-1);
  const head = line.runs.find((r) => !r.blank)?.text.trim() ?? "";
  return !SENTENCE_END.test(tail) && /^\p{Ll}/u.test(head);
}

function writeColumns(builder: TextBuilder, columns: Column[], items: (null | [number, number])[]): void {
  let previous: { line: Line; runs: TextRun[] } | null = null;
  const pitch = typicalPitch(columns);
  for (const column of columns) {
    const left = Math.min(...column.lines.map((l) => l.x0));
    const right = Math.max(...column.lines.map((l) => l.x1));
    column.lines.forEach((line, k) => {
      const runs = orderBidi(line.runs, lineDirection(line.runs, column.rtl));
      if (previous) {
        const next = { line, runs };
        builder.separate(startsParagraph(previous, next, k > 0, column.rtl, left, right, pitch) ? "paragraph" : "line");
      }
      writeLine(builder, runs, items);
      previous = { line, runs };
    });
  }
}

function writeLine(builder: TextBuilder, runs: TextRun[], items: (null | [number, number])[]): void {
  let last: TextRun | null = null;
  for (const run of runs) {
    if (last && !run.blank && !last.blank) {
      const gap = Math.max(run.x0 - last.x1, last.x0 - run.x1);
      if (gap > 0.15 * Math.min(run.size, last.size)) builder.separate("space");
    }
    builder.append(run.text, items, run.index);
    last = run;
  }
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

type OrderedLine = { line: Line; runs: TextRun[] };

function startsParagraph(prevLine: OrderedLine, nextLine: OrderedLine, sameColumn: boolean, rtl: boolean, left: number, right: number, pitch: number): boolean {
  const { line: prev } = prevLine;
  const { line } = nextLine;
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.15 * size) return true;
  const ended = SENTENCE_END.test(lastText(prevLine.runs));
  if (!sameColumn) return ended && !/^\p{Ll}/u.test(firstText(nextLine.runs));
  const gap = prev.y - line.y;
  if (pitch > 0 && gap > pitch * 1.4) return true;
  if (gap > size * 2.2) return true;
  const indent = rtl ? right - line.x1 : line.x0 - left;
  const prevIndent = rtl ? right - prev.x1 : prev.x0 - left;
  if (indent > size * 0.8 && prevIndent < size * 0.5) return true;
  // A short line ending a sentence closes its paragraph.
  const short = rtl ? prev.x0 - left > (right - left) * 0.25 : right - prev.x1 > (right - left) * 0.25;
  return short && ended;
}

function lastText(runs: readonly TextRun[]): string {
  for (let i = runs.length - 1; i >= 0; i--) if (!runs[i]!.blank) return runs[i]!.text.trim();
  return "";
}

function firstText(runs: readonly TextRun[]): string {
  return (runs.find((r) => !r.blank)?.text ?? "").trim();
}
