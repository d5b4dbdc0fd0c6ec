// Persian (U+06F0-06F9) and Arabic-Indic (U+0660-0669) digits read as ASCII digits, one unit for
// one unit, so offsets found in the converted text hold in the original.
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
