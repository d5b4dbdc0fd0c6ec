// Reading order of a page laid out in columns. A gutter is a vertical strip, away from the text's
// edges, that (almost) no line crosses while enough lines sit on each side of it. Lines crossing a
// gutter (a title, a full-width figure caption) split the page into sections read top to bottom;
// within a section the columns are read one after the other, left to right, or right to left when
// the section is mostly right-to-left script. Each column's runs are grouped into lines again.
import { groupLines, type Line } from "./group-lines";
import type { TextRun } from "./text-run";

export type Column = { lines: Line[]; rtl: boolean };

type Gutter = { from: number; to: number };

export function orderColumns(lines: readonly Line[]): Column[] {
  const gutters = findGutters(lines);
  if (gutters.length === 0) return [{ lines: [...lines], rtl: isMostlyRtl(lines) }];
  const columns: Column[] = [];
  let section: Line[] = [];
  const flush = () => {
    if (section.length > 0) columns.push(...splitSection(section, gutters));
    section = [];
  };
  for (const line of lines) {
    if (crossesGutter(line, gutters)) {
      flush();
      columns.push({ lines: [line], rtl: isMostlyRtl([line]) });
    } else section.push(line);
  }
  flush();
  return columns;
}

function splitSection(lines: Line[], gutters: Gutter[]): Column[] {
  const bins: TextRun[][] = gutters.map(() => []);
  bins.push([]);
  for (const line of lines) {
    for (const run of line.runs) {
      const middle = (run.x0 + run.x1) / 2;
      const slot = gutters.findIndex((g) => middle < g.from);
      bins[slot === -1 ? gutters.length : slot]!.push(run);
    }
  }
  const columns = bins.filter((b) => b.length > 0).map((runs) => groupLines(runs));
  const rtl = isMostlyRtl(lines);
  if (rtl) columns.reverse();
  return columns.map((columnLines) => ({ lines: columnLines, rtl }));
}

function crossesGutter(line: Line, gutters: Gutter[]): boolean {
  return line.runs.some((r) => !r.blank && gutters.some((g) => r.x0 < g.to - 0.5 && r.x1 > g.from + 0.5));
}

// First a strip no line touches at all (columns however short); failing that, a strip that only a few
// lines cross (titles, captions) between walls of text on both sides.
function findGutters(lines: readonly Line[]): Gutter[] {
  const textLines = lines.filter((l) => l.runs.some((r) => !r.blank));
  if (textLines.length < 4) return [];
  const left = Math.floor(Math.min(...textLines.map((l) => l.x0)));
  const right = Math.ceil(Math.max(...textLines.map((l) => l.x1)));
  const width = right - left;
  if (width < 50) return [];
  // Lines covering each one-point strip of the text's width.
  const cover = new Uint16Array(width + 1);
  for (const line of textLines) {
    const seen = new Uint8Array(width + 1);
    for (const run of line.runs) {
      for (let x = Math.max(0, Math.floor(run.x0 - left)); x <= Math.min(width, Math.ceil(run.x1 - left)); x++) seen[x] = 1;
    }
    for (let x = 0; x <= width; x++) cover[x]! += seen[x]!;
  }
  const sizes = textLines.map((l) => l.size).sort((a, b) => a - b);
  const minWidth = Math.max(6, 0.6 * sizes[sizes.length >> 1]!);
  const valid = (g: Gutter) => enoughOnBothSides(textLines, g);
  const clear = openStrips(cover, 0, minWidth, false).map((g) => ({ from: left + g.from, to: left + g.to })).filter(valid);
  if (clear.length > 0) return clear;
  const allowed = Math.max(1, Math.floor(textLines.length * 0.05));
  return openStrips(cover, allowed, minWidth, true).map((g) => ({ from: left + g.from, to: left + g.to })).filter(valid);
}

/** Strips of at least `minWidth` in the middle 80% whose coverage is at most `allowed`. */
function openStrips(cover: Uint16Array, allowed: number, minWidth: number, walled: boolean): Gutter[] {
  const width = cover.length - 1;
  const from = Math.floor(width * 0.1);
  const to = Math.ceil(width * 0.9);
  const strips: Gutter[] = [];
  let start = -1;
  for (let x = from; x <= to + 1; x++) {
    const open = x <= to && cover[x]! <= allowed;
    if (open && start < 0) start = x;
    if (!open && start >= 0) {
      // Walled: text thicker than the allowance on both sides, not just the limits of the search.
      const closed = !walled || (start > from && x <= to);
      if (x - start >= minWidth && closed) strips.push({ from: start, to: x });
      start = -1;
    }
  }
  return strips;
}

// A column may hold a single line (the end of the text on the last page of a section) as long as the
// other side holds a real column.
function enoughOnBothSides(lines: Line[], gutter: Gutter): boolean {
  const leftSide = lines.filter((l) => l.runs.some((r) => !r.blank && r.x1 <= gutter.from + 0.5)).length;
  const rightSide = lines.filter((l) => l.runs.some((r) => !r.blank && r.x0 >= gutter.to - 0.5)).length;
  return Math.min(leftSide, rightSide) >= 1 && Math.max(leftSide, rightSide) >= 3;
}

export function isMostlyRtl(lines: readonly Line[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const line of lines) {
    for (const run of line.runs) {
      if (run.direction === "rtl") rtl += run.text.length;
      else if (run.direction === "ltr") ltr += run.text.length;
    }
  }
  return rtl > ltr;
}
