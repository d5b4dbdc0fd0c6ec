// Puts back the zero-width non-joiner (U+200C) that PDF producers drop. In Persian it is part of the
// spelling: «می‌خواهند», «سازمان‌های» are one word each whose letters must not join across it. A
// producer shapes the text, draws the glyphs and leaves the ZWNJ out (it has no glyph); what remains
// is the shape the letters were drawn in. pdf.js reports a glyph drawn in a presentation form
// (initial, medial, final, isolated) by that form's code point: a letter that could join the one
// before it but was drawn in its initial or isolated form, or a letter that could join the next but
// was drawn final or isolated, had a ZWNJ between them. Called before NFKC folds the forms away.

export type Shape = "isolated" | "final" | "initial" | "medial";

/** A letter at the edge of a run: its folded base letter and, for a presentation form, its shape. */
export type LetterEdge = { base: string; shape: Shape | null };

export const ZWNJ = "\u200C";

// Presentation forms come in groups per letter: [isolated, final] for letters that join only the
// letter before them, [isolated, final, initial, medial] for letters that join on both sides.
// Ligatures and the Uighur alef maksura's lone initial/medial pair (FBE8-FBE9) are left out.
const FORM_RANGES: [number, number][] = [
  [0xfb50, 0xfbe7],
  [0xfbfc, 0xfbff],
  [0xfe80, 0xfef4],
];
const SHAPES = new Map<string, { base: string; shape: Shape }>();
const JOINING = new Map<string, "dual" | "right">();
const ARABIC_LETTER = /^[\u0620-\u064A\u066E-\u06D5\u06EE-\u06FF]$/u;

for (const [first, last] of FORM_RANGES) {
  let cp = first;
  while (cp <= last) {
    const base = String.fromCodePoint(cp).normalize("NFKC");
    let n = 1;
    while (cp + n <= last && String.fromCodePoint(cp + n).normalize("NFKC") === base) n++;
    if (ARABIC_LETTER.test(base) && (n === 2 || n === 4)) {
      const shapes: Shape[] = n === 4 ? ["isolated", "final", "initial", "medial"] : ["isolated", "final"];
      shapes.forEach((shape, k) => SHAPES.set(String.fromCodePoint(cp + k), { base, shape }));
      JOINING.set(base, n === 4 ? "dual" : "right");
    }
    cp += n;
  }
}

/** The letter `ch` as drawn: its base letter and shape (null for a base letter, whose shape is unknown). */
export function letterEdge(ch: string | undefined): LetterEdge | null {
  if (!ch) return null;
  const form = SHAPES.get(ch);
  if (form) return form;
  return JOINING.has(ch) ? { base: ch, shape: null } : null;
}

/** Whether a ZWNJ stood between two letters written one after the other (in logical order). */
export function brokenJoin(before: LetterEdge | null, after: LetterEdge | null): boolean {
  if (!before || !after || JOINING.get(before.base) !== "dual" || !JOINING.has(after.base)) return false;
  if (after.shape === "initial" || after.shape === "isolated") return true;
  return before.shape === "final" || before.shape === "isolated";
}

/** A pdf.js item's text (logical order, not yet folded) with the ZWNJs between its own letters put back. */
export function restoreZwnj(text: string): string {
  const chars = [...text];
  let out = chars[0] ?? "";
  for (let i = 1; i < chars.length; i++) {
    if (brokenJoin(letterEdge(chars[i - 1]), letterEdge(chars[i]))) out += ZWNJ;
    out += chars[i];
  }
  return out;
}
