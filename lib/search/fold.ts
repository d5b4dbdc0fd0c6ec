// The JavaScript twin of the database's search_fold(): folds text the same way and remembers,
// for every folded character, where it came from, so a match in folded text maps back to exact
// offsets (UTF-16) in the original.
const REMOVED = /[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u;
const VARIANTS: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی" };

export interface Folded {
  text: string;
  /** origin[i] is the UTF-16 offset in the original of folded character i; origin[text.length] is the original's length. */
  origin: number[];
}

export function foldWithMap(original: string): Folded {
  let text = "";
  const origin: number[] = [];
  let offset = 0;
  for (const ch of original) {
    for (const part of ch.normalize("NFKD")) {
      if (REMOVED.test(part)) continue;
      const folded = (VARIANTS[part] ?? part).toLowerCase();
      text += folded;
      for (let k = 0; k < folded.length; k++) origin.push(offset);
    }
    offset += ch.length;
  }
  origin.push(original.length);
  return { text, origin };
}

export function fold(text: string): string {
  return foldWithMap(text).text;
}

/** The words of a web-search style query ("phrase", OR, -excluded), folded, without operators. */
export function queryTerms(q: string): string[] {
  const words = q
    .replace(/(^|\s)-\S+/g, " ")
    .replace(/\bOR\b/g, " ")
    .split(/[\s"'()]+/)
    .map((w) => fold(w).replace(/[\p{P}\p{S}]+/gu, ""))
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}
