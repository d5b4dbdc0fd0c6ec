// The benchmark's document model: words (runs of non-space) that remember which original word they are, so an
// edited revision still knows where every original word ended up. That is the ground truth anchors are judged by.

export interface Token {
  /** Index of the original word, or -1 for a word the revision inserted. */
  id: number;
  text: string;
  /** Whitespace after the word; a newline in it ends a paragraph. */
  sep: string;
}

export interface Doc {
  lead: string;
  tokens: Token[];
}

export interface Rendered {
  text: string;
  /** Offset of each token's first and after its last character, by token index. */
  starts: number[];
  ends: number[];
}

export function tokenize(text: string): Doc {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const tokens: Token[] = [];
  for (const m of text.slice(lead.length).matchAll(/(\S+)(\s*)/g)) tokens.push({ id: tokens.length, text: m[1] ?? "", sep: m[2] ?? "" });
  return { lead, tokens };
}

export function render(doc: Doc): Rendered {
  let text = doc.lead;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const t of doc.tokens) {
    starts.push(text.length);
    text += t.text;
    ends.push(text.length);
    text += t.sep;
  }
  return { text, starts, ends };
}

/** Token index ranges [first, last] of the paragraphs (lines). */
export function paragraphs(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  doc.tokens.forEach((t, i) => {
    if (t.sep.includes("\n") || i === doc.tokens.length - 1) {
      out.push([first, i]);
      first = i + 1;
    }
  });
  return out;
}

/** Original words [first, last] of one paragraph: what an annotation covers in the benchmark. */
export interface WordSpan {
  first: number;
  last: number;
}

/**
 * Where a span's words are in a revision: from its first surviving word to its last, taking in words inserted
 * between them; null when none survived. Spans never cross paragraphs and paragraphs move whole, so the
 * surviving words stay together. Returns a lookup built once per revision.
 */
export function truthOf(revision: Doc, rendered: Rendered): (span: WordSpan) => { start: number; end: number } | null {
  const at = new Map<number, number>();
  revision.tokens.forEach((t, i) => {
    if (t.id >= 0) at.set(t.id, i);
  });
  return (span) => {
    const found: number[] = [];
    for (let id = span.first; id <= span.last; id++) {
      const i = at.get(id);
      if (i !== undefined) found.push(i);
    }
    if (found.length === 0) return null;
    const [from, to] = [Math.min(...found), Math.max(...found)];
    for (let i = from; i <= to; i++) {
      const id = revision.tokens[i]?.id ?? -1;
      if (id !== -1 && (id < span.first || id > span.last)) throw new Error("ground truth: a span's words were split apart");
    }
    return { start: rendered.starts[from] ?? 0, end: rendered.ends[to] ?? 0 };
  };
}
