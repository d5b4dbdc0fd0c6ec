// Last checks on a placement's two edges, where re-anchoring goes wrong when it does: words repeated or inserted
// right at an edge make the old edge ambiguous, and no score of the whole can see that.
import type { Alignment } from "../diff/alignment";
import { similarity } from "../diff/edit-distance";
import type { AnchorQuote } from "../types";
import { charClass, isBoundary, type Placement } from "./placement";

type Chunk = [at: number, text: string];

/** The runs of non-space characters of text [from, to), with their offsets. */
function chunks(text: string, from: number, to: number): Chunk[] {
  return [...text.slice(from, to).matchAll(/\S+/gu)].map((m): Chunk => [from + m.index, m[0]]);
}

const alike = (a: string, b: string, threshold = 0.5) => a === b || similarity(a, b) >= threshold;
// How far from an edge (in words) a look-alike of the edge word still casts doubt on it, and how alike it must be:
// short words need more in common ("the" and "that" are different words, "the" and "thLe" are not). Its
// counterpart on the other side is looked for a little further out, as insertions shift words.
const REACH = 2;
const SLACK = 2;
const twin = (a: string, b: string) => alike(a, b, Math.min(a.length, b.length) >= 5 ? 0.5 : 0.6);

export type EdgeTrouble = "torn" | "repeated" | "unanchored";

/** One edge of a placement: its word, the old span's word there, and the neighbours on each side, new and old. */
interface Edge {
  word: Chunk;
  oldWord: Chunk | undefined;
  /** [new neighbours, old neighbours], nearest first, up to REACH + SLACK of them: outside the span and inside. */
  outside: [Chunk[], Chunk[]];
  inside: [Chunk[], Chunk[]];
}

/**
 * A look-alike of the edge word beside it, in the new text or the old, with no counterpart on the other side: a
 * word inserted or deleted beside its twin ("them a a", "the the" -> "the", "political 30,000 oplitical"). Old
 * neighbours are held against the old edge word only: when that word was deleted, the new edge is one of them.
 */
function twinBeside(e: Edge): boolean {
  const likeOld = (w: Chunk) => e.oldWord !== undefined && twin(e.oldWord[1], w[1]);
  return [e.outside, e.inside].some(
    ([nw, od]) =>
      nw.slice(0, REACH).some((c) => (twin(e.word[1], c[1]) || likeOld(c)) && !od.some((w) => twin(w[1], c[1]))) ||
      od.slice(0, REACH).some((w) => likeOld(w) && !nw.some((c) => twin(w[1], c[1]))),
  );
}

/** A run of identical tokens at the edge (", , ,", "in in"), new or old: if the run changed, which went is unknowable. */
function inRun(e: Edge): boolean {
  const adjacent = (c: Chunk, w: Chunk) => c[1] === w[1] && Math.abs(c[0] - w[0]) <= Math.max(c[1].length, w[1].length) + 1;
  const { oldWord } = e;
  const near = (side: 0 | 1) => [...e.outside[side].slice(0, REACH), ...e.inside[side].slice(0, REACH)];
  return near(0).some((c) => adjacent(c, e.word)) || (oldWord !== undefined && near(1).some((w) => adjacent(w, oldWord)));
}

/**
 * Why a placement's edges cannot be trusted, if they cannot:
 * - "torn": the old span began or ended at a word edge and the placement does not (it cuts a word in two), or
 *   its first or last character changed kind (letter, space, punctuation);
 * - "repeated": a look-alike of an edge word stands beside that edge in one text but not the other, or a run of
 *   identical tokens at an edge changed: nothing tells which of them the annotation covered;
 * - "unanchored": the first or last word placed resembles no word of the old quote.
 */
export function edgeTrouble(alignment: Alignment, old: AnchorQuote, p: Placement): EdgeTrouble | undefined {
  const { oldText, newText } = alignment;
  const { start, end } = p;
  if ((isBoundary(oldText, old.start) && !isBoundary(newText, start)) || (isBoundary(oldText, old.end) && !isBoundary(newText, end))) {
    return "torn";
  }
  if (charClass(oldText, old.start) !== charClass(newText, start) || charClass(oldText, old.end - 1) !== charClass(newText, end - 1)) {
    return "torn";
  }
  const inside = chunks(newText, start, end);
  const oldInside = chunks(oldText, old.start, old.end);
  const [first, last] = [inside[0], inside.at(-1)];
  if (!first || !last) return "torn";
  const wide = REACH + SLACK;
  const before = (text: string, at: number) => chunks(text, Math.max(0, at - 128), at).slice(-wide).reverse();
  const after = (text: string, at: number) => chunks(text, at, at + 128).slice(0, wide);
  const edges: Edge[] = [
    {
      word: first,
      oldWord: oldInside[0],
      outside: [before(newText, start), before(oldText, old.start)],
      inside: [inside.slice(1, 1 + wide), oldInside.slice(1, 1 + wide)],
    },
    {
      word: last,
      oldWord: oldInside.at(-1),
      outside: [after(newText, end), after(oldText, old.end)],
      inside: [inside.slice(-1 - wide, -1).reverse(), oldInside.slice(-1 - wide, -1).reverse()],
    },
  ];
  const untouched = p.prefix === 1 && p.suffix === 1 && p.quote === 1;
  for (const e of edges) {
    if (twinBeside(e) || (!untouched && inRun(e))) return "repeated";
    if (!oldInside.some(([, w]) => alike(w, e.word[1]))) return "unanchored";
  }
  return undefined;
}
