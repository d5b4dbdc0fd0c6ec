// Generates revisions of a document at a given edit level, word by word, so that every original word keeps its
// identity (typo fixes change a word's letters, not which word it is) and the ground truth stays known.
import type { Prng } from "./prng";
import { paragraphs, render, type Doc, type Token } from "./tokens";

export interface Level {
  name: "light" | "medium" | "heavy";
  /** Share of the text's characters touched by typo fixes and word insertions and deletions. */
  rate: number;
  movedParagraphs: number;
  deletedParagraphs: number;
}

export const LEVELS: Level[] = [
  { name: "light", rate: 0.01, movedParagraphs: 0, deletedParagraphs: 0 },
  { name: "medium", rate: 0.05, movedParagraphs: 1, deletedParagraphs: 0 },
  { name: "heavy", rate: 0.15, movedParagraphs: 0, deletedParagraphs: 2 },
];

const LETTER = /\p{L}/u;

/** Takes a paragraph (token range) out of the token list and returns it, keeping the text's ending intact. */
function cut(tokens: Token[], [first, last]: [number, number]): Token[] {
  const taken = tokens.splice(first, last - first + 1);
  const end = taken[taken.length - 1];
  const before = tokens[first - 1];
  if (end && !end.sep.includes("\n")) {
    // The paragraph ended the text: the one before it now does, and the moved one needs a paragraph break.
    if (before) [before.sep, end.sep] = [end.sep, before.sep.includes("\n") ? before.sep : "\n\n"];
  }
  return taken;
}

function bigParagraphs(doc: Doc): [number, number][] {
  return paragraphs(doc).filter(([a, b]) => b - a >= 3);
}

function moveParagraph(doc: Doc, rng: Prng) {
  const chosen = rng.pick(bigParagraphs(doc));
  const moving = cut(doc.tokens, chosen);
  // Anywhere but back where it was.
  const after = rng.pick([-1, ...paragraphs(doc).map(([, b]) => b)].filter((a) => a !== chosen[0] - 1));
  const dest = doc.tokens[after];
  const last = moving[moving.length - 1];
  if (dest && last && !dest.sep.includes("\n")) [dest.sep, last.sep] = [last.sep, dest.sep];
  doc.tokens.splice(after + 1, 0, ...moving);
}

function typo(doc: Doc, rng: Prng, letters: string[]): number {
  for (let attempt = 0; attempt < 50; attempt++) {
    const token = rng.pick(doc.tokens);
    const chars = Array.from(token.text);
    const at = chars.flatMap((c, i) => (LETTER.test(c) ? [i] : []));
    if (at.length < 3) continue;
    const i = rng.pick(at);
    const kind = rng.int(0, 3);
    if (kind === 0) chars[i] = rng.pick(letters.filter((l) => l !== chars[i]).slice(0, 200));
    else if (kind === 1) chars.splice(i, 1);
    else if (kind === 2) chars.splice(i + rng.int(0, 1), 0, rng.pick(letters));
    else if (i + 1 < chars.length && LETTER.test(chars[i + 1] ?? "") && chars[i] !== chars[i + 1]) {
      [chars[i], chars[i + 1]] = [chars[i + 1] ?? "", chars[i] ?? ""];
    } else continue;
    token.text = chars.join("");
    return kind === 3 ? 2 : 1;
  }
  return 1;
}

function insertWord(doc: Doc, rng: Prng, vocabulary: string[]): number {
  const word = rng.pick(vocabulary);
  doc.tokens.splice(rng.int(0, doc.tokens.length - 1), 0, { id: -1, text: word, sep: " " });
  return word.length + 1;
}

function deleteWord(doc: Doc, rng: Prng): number {
  const k = rng.int(0, doc.tokens.length - 1);
  const [gone] = doc.tokens.splice(k, 1);
  const before = doc.tokens[k - 1];
  if (gone && before && (gone.sep.includes("\n") || k === doc.tokens.length) && !before.sep.includes("\n")) before.sep = gone.sep;
  return (gone?.text.length ?? 0) + 1;
}

export function revise(original: Doc, level: Level, rng: Prng): Doc {
  const doc: Doc = { lead: original.lead, tokens: original.tokens.map((t) => ({ ...t })) };
  for (let k = 0; k < level.movedParagraphs; k++) moveParagraph(doc, rng);
  for (let k = 0; k < level.deletedParagraphs; k++) cut(doc.tokens, rng.pick(bigParagraphs(doc)));
  const text = render(original).text;
  const letters = [...new Set(Array.from(text).filter((c) => LETTER.test(c)))];
  const vocabulary = original.tokens.map((t) => t.text);
  const budget = Math.round(level.rate * text.length);
  for (let spent = 0; spent < budget; ) {
    const r = rng.next();
    spent += r < 0.6 ? typo(doc, rng, letters) : r < 0.8 ? insertWord(doc, rng, vocabulary) : deleteWord(doc, rng);
  }
  return doc;
}
