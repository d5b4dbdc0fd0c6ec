// Unicode folding of extracted text, so search and quotes see ordinary letters: NFKC turns ligatures
// (ﬁ → fi) and Arabic presentation forms (ﻻ → لا) into the letters they stand for, and invisible
// formatting (soft hyphens, bidi controls a PDF producer left in) is dropped; any other whitespace or
// control character becomes a plain space.

const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const SPACE_LIKE = /[\s\p{Cc}]/gu;

export function foldText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SPACE_LIKE, " ");
}
