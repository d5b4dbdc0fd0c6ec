// Logical order of a line's runs. pdf.js gives each run's characters in logical order but the runs
// themselves in the order they were painted, left to right; for right-to-left script that is the
// reverse of reading order. A simplified Unicode bidi pass over runs: a line is right-to-left when
// most of its letters are; runs of left-to-right letters and numbers (with the neutral runs between
// them) keep their left-to-right order inside a right-to-left line, and right-to-left runs are
// reversed inside a left-to-right line.
import type { Direction, TextRun } from "./text-run";

export function lineIsRtl(runs: readonly TextRun[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const run of runs) {
    if (run.direction === "rtl") rtl += run.text.length;
    else if (run.direction === "ltr") ltr += run.text.length;
  }
  return rtl > ltr;
}

// pdf.js leaves a run without letters in painting order: at the end of a right-to-left sentence
// "۱۳۶۷." is painted ".۱۳۶۷", and pdf.js may put the stop and the first digits in one item. The stop
// is moved after the number (into the text of the number's last item).
const LEADING_STOPS = /^([.,:;!?\u060C\u061B\u061F]+)(\p{Nd}.*)$/u;

function stopsAfterNumber(stretch: TextRun[]): TextRun[] {
  const first = stretch[0]!;
  const match = first.direction === "number" ? LEADING_STOPS.exec(first.text) : null;
  if (!match) return stretch;
  const out = [{ ...first, text: match[2]! }, ...stretch.slice(1)];
  const last = out[out.length - 1]!;
  out[out.length - 1] = { ...last, text: last.text + match[1]! };
  return out;
}

/** `visual`: the line's runs sorted left to right. */
export function orderBidi(visual: readonly TextRun[], rtl: boolean): TextRun[] {
  const strong = resolveNeutrals(visual, rtl);
  const out: TextRun[] = [];
  if (rtl) {
    // Right to left, but a stretch of left-to-right runs is emitted in its own order.
    let i = visual.length - 1;
    while (i >= 0) {
      if (strong[i] === "rtl") {
        out.push(visual[i]!);
        i--;
        continue;
      }
      let j = i;
      while (j - 1 >= 0 && strong[j - 1] !== "rtl") j--;
      out.push(...stopsAfterNumber(visual.slice(j, i + 1)));
      i = j - 1;
    }
    return out;
  }
  let i = 0;
  while (i < visual.length) {
    if (strong[i] !== "rtl") {
      out.push(visual[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < visual.length && strong[j + 1] === "rtl") j++;
    for (let k = j; k >= i; k--) out.push(visual[k]!);
    i = j + 1;
  }
  return out;
}

/**
 * Each run's resolved direction: numbers count as left-to-right; a neutral run takes the direction of
 * the strong runs on both sides when they agree, else the line's.
 */
function resolveNeutrals(runs: readonly TextRun[], rtl: boolean): ("rtl" | "ltr")[] {
  const base = rtl ? "rtl" : "ltr";
  const strongOf = (d: Direction): "rtl" | "ltr" | null => (d === "rtl" ? "rtl" : d === "neutral" ? null : "ltr");
  const resolved: ("rtl" | "ltr")[] = new Array(runs.length);
  let i = 0;
  while (i < runs.length) {
    const own = strongOf(runs[i]!.direction);
    if (own) {
      resolved[i] = own;
      i++;
      continue;
    }
    let j = i;
    while (j < runs.length && strongOf(runs[j]!.direction) === null) j++;
    const before = i > 0 ? resolved[i - 1]! : base;
    const after = j < runs.length ? strongOf(runs[j]!.direction)! : base;
    const direction = before === after ? before : base;
    for (let k = i; k < j; k++) resolved[k] = direction;
    i = j;
  }
  return resolved;
}
