// Picks annotation spans the way researchers make them: whole words, 1 to 12 of them, inside one paragraph.
import type { Prng } from "./prng";
import { paragraphs, type Doc, type WordSpan } from "./tokens";

export function pickSpans(doc: Doc, count: number, rng: Prng): WordSpan[] {
  const paras = paragraphs(doc);
  const paraOf = new Int32Array(doc.tokens.length);
  paras.forEach(([a, b], p) => paraOf.fill(p, a, b + 1));
  const spans: WordSpan[] = [];
  while (spans.length < count) {
    // A uniformly chosen word picks the paragraph, so long paragraphs get more annotations, as in practice.
    const [a, b] = paras[paraOf[rng.int(0, doc.tokens.length - 1)] ?? 0] ?? [0, 0];
    const length = rng.int(1, 12);
    const first = rng.int(a, Math.max(a, b - length + 1));
    spans.push({ first, last: Math.min(b, first + length - 1) });
  }
  return spans;
}
