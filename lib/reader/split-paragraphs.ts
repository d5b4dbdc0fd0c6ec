// Splits a document's text into paragraphs for reading, keeping where each one sits in the text.
// Offsets are UTF-16 code units of the stored text (the unit every API offset uses), so a later
// selection inside a paragraph maps back to the exact characters. The blank lines between
// paragraphs belong to no paragraph; everything else appears exactly once, unchanged.

export interface Paragraph {
  /** Offset of the paragraph's first character in the text. */
  start: number;
  /** Offset just after its last character: `text.slice(start, end) === paragraph.text`. */
  end: number;
  text: string;
}

const BREAK = /\n(?:[ \t\r\f\v]*\n)+/g;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== "") out.push({ start, end, text: text.slice(start, end) });
  };
  for (const match of text.matchAll(BREAK)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return out;
}
