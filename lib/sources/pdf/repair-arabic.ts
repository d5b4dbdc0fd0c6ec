// Two repairs of Arabic-script text that pdf.js (and poppler) get wrong in PDFs whose fonts draw
// ligatures as one glyph. pdf.js turns each right-to-left run around character by character, so a
// ligature glyph standing for several letters comes out with its letters reversed: the Allah ligature
// (لله) of الله, روح‌الله, عبدالله reads "اهلل". And a lam-alef drawn as two glyphs can get a space
// between them ("و ل ا إله"), though no word is a lone lam.

/** Same length in and out, so offsets into the text stay valid. */
export function repairAllahLigature(text: string): string {
  return text.replace(/اهلل/g, "الله");
}

/** Within one pdf.js item: a lone lam followed by alef is the lam-alef it was drawn as. */
export function repairLamAlef(itemText: string): string {
  return itemText.replace(/(^|[\s\u200c])ل ([اأإآ])/gu, "$1ل$2");
}
