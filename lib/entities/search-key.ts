// Folds names for search in any script: case, compatibility forms, Arabic and Persian letter
// variants (ي/ی, ك/ک, ة/ه, أ/إ/آ/ا), diacritics, and word separators: Persian writes the same
// word with a ZWNJ, a space or nothing ("خامنه‌ای", "خامنه ای"), so separators are dropped.
const LETTER_VARIANTS: Record<string, string> = {
  "ي": "ی",
  "ى": "ی",
  "ك": "ک",
  "ة": "ه",
  "أ": "ا",
  "إ": "ا",
  "آ": "ا",
  "ٱ": "ا",
  "ؤ": "و",
  "ئ": "ی",
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");
// Combining marks (Latin accents, Arabic harakat), tatweel, ZWNJ/ZWJ and bidi controls.
const INVISIBLE = /[\p{M}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(VARIANT_PATTERN, (c) => LETTER_VARIANTS[c] ?? c)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** The folded name and aliases, separated so a query never matches across two names. */
export function entitySearchKey(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(foldForSearch).join("|");
}
