// Groups text runs into lines: runs whose vertical middle falls within a line's band share it (so a
// raised footnote mark stays on its line). Lines come top to bottom, runs left to right.
import type { TextRun } from "./text-run";

export type Line = {
  runs: TextRun[];
  x0: number;
  x1: number;
  /** Baseline of the line's largest run. */
  y: number;
  size: number;
  top: number;
  bottom: number;
};

export function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const run of sorted) {
    const middle = run.y + run.size * 0.35;
    // Only the last few lines can take a run: the input is sorted by baseline.
    let home: Line | undefined;
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
      const line = lines[i]!;
      if (middle >= line.bottom && middle <= line.top) {
        home = line;
        break;
      }
    }
    if (home) addRun(home, run);
    else lines.push(newLine(run));
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => b.y - a.y);
}

function newLine(run: TextRun): Line {
  return {
    runs: [run],
    x0: run.x0,
    x1: run.x1,
    y: run.y,
    size: run.size,
    top: run.y + run.size * 0.8,
    bottom: run.y - run.size * 0.1,
  };
}

function addRun(line: Line, run: TextRun): void {
  line.runs.push(run);
  line.x0 = Math.min(line.x0, run.x0);
  line.x1 = Math.max(line.x1, run.x1);
  if (run.size > line.size && !run.blank) {
    line.size = run.size;
    line.y = run.y;
  }
  line.top = Math.max(line.top, run.y + run.size * 0.8);
  line.bottom = Math.min(line.bottom, run.y - run.size * 0.1);
}

/** Non-blank runs' text of a line joined with spaces, for comparing lines across pages. */
export function lineKey(line: Line): string {
  return line.runs
    .filter((r) => !r.blank)
    .map((r) => r.text.trim())
    .join(" ");
}
