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
// short words need more in common ("the" and "that" are different words, "the" and "thLe" are not).
const REACH = 2;
const twin = (a: string, b: string) => alike(a, b, Math.min(a.length, b.length) >= 5 ? 0.5 : 0.6);

export type EdgeTrouble = "torn" | "repeated" | "unanchored";

/**
 * Why a placement's edges cannot be trusted, if they cannot:
 * - "torn": the old span began or ended at a word edge and the placement does not (it cuts a word in two), or
 *   its first or last character changed kind (letter, space, punctuation);
 * - "repeated": a look-alike of an edge word stands near that edge where the old text had none ("them a a",
 *   "the thLe", "political 30,000 oplitical"), or a run of identical tokens at an edge changed (", , ,"):
 *   nothing tells which of them the annotation covered;
 * - "unanchored": the first or last word placed resembles no word of the old quote.
 */
export function edgeTrouble(alignment: Alignment, old: AnchorQuote, p: Placement): EdgeTrouble | undefined {
  const { oldText, newText } = alignment;
  const { start, end } = p;
  if ((isBoundary(oldText, old.start) && !isBoundary(newText, start)) || (isBoundary(oldText, old.end) && !isBoundary(newText, end))) {
    return "torn";
  }
  // An edge that was a letter stays a letter, punctuation stays punctuation: otherwise the edge itself changed.
  if (charClass(oldText, old.start) !== charClass(newText, start) || charClass(oldText, old.end - 1) !== charClass(newText, end - 1)) {
    return "torn";
  }
  const inside = chunks(newText, start, end);
  const [first, last] = [inside[0], inside.at(-1)];
  if (!first || !last) return "torn";
  const oldInside = chunks(oldText, old.start, old.end);
  const before = (text: string, at: number) => chunks(text, Math.max(0, at - 64), at).slice(-REACH);
  const after = (text: string, at: number) => chunks(text, at, at + 64).slice(0, REACH);
  // Each edge with its neighbours outside and inside the span, new and old: [edge, old edge, [new, old][]].
  const sides: [Chunk, Chunk | undefined, [Chunk[], Chunk[]][]][] = [
    [first, oldInside[0], [[before(newText, start), before(oldText, old.start)], [inside.slice(1, 1 + REACH), oldInside.slice(1, 1 + REACH)]]],
    [last, oldInside.at(-1), [[after(newText, end), after(oldText, old.end)], [inside.slice(-1 - REACH, -1), oldInside.slice(-1 - REACH, -1)]]],
  ];
  const untouched = p.prefix === 1 && p.suffix === 1 && p.quote === 1;
  for (const [edge, oldEdge, groups] of sides) {
    const likeOldEdge = (w: Chunk) => oldEdge !== undefined && twin(oldEdge[1], w[1]);
    for (const [nw, od] of groups) {
      // A look-alike of the edge word beside it, in the new text or the old, with no counterpart on the other
      // side: a word inserted or deleted beside its twin ("them a a", "the the" -> "the"). Which of the two
      // the annotation covered cannot be known. (Old neighbours are held against the old edge word only: when
      // the old edge word was deleted, the new edge is one of them.)
      if (nw.some((c) => (twin(edge[1], c[1]) || likeOldEdge(c)) && !od.some((w) => twin(w[1], c[1])))) return "repeated";
      if (od.some((w) => likeOldEdge(w) && !nw.some((c) => twin(w[1], c[1])))) return "repeated";
    }
    // A run of identical tokens (", , ,", "in in") that lost or gained one: which of them went is unknowable.
    const adjacent = (c: Chunk, e: Chunk) => Math.abs(c[0] - e[0]) <= Math.max(c[1].length, e[1].length) + 1;
    const run = (list: Chunk[], e: Chunk | undefined) => e !== undefined && list.some((c) => adjacent(c, e) && c[1] === e[1]);
    if (!untouched && (run([...(groups[0]?.[0] ?? []), ...(groups[1]?.[0] ?? [])], edge) || run([...(groups[0]?.[1] ?? []), ...(groups[1]?.[1] ?? [])], oldEdge))) {
      return "repeated";
    }
    if (!oldInside.some(([, w]) => alike(w, edge[1]))) return "unanchored";
  }
  return undefined;
}
