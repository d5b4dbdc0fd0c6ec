// Persian text set in a font that draws ۴۵۶ and ٤٥٦ with the same glyphs can come out of a PDF with
// both digit sets mixed inside one number (۱۳٦۷). No real number mixes them, so such a run is written
// in Persian (extended Arabic-Indic) digits throughout; each digit stays one code unit, so offsets hold.

const DIGIT_RUN = /[\u0660-\u0669\u06F0-\u06F9]{2,}/g;

export function unifyDigits(text: string): string {
  return text.replace(DIGIT_RUN, (run) =>
    /[\u06F0-\u06F9]/.test(run) && /[\u0660-\u0669]/.test(run)
      ? run.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x06f0))
      : run,
  );
}
