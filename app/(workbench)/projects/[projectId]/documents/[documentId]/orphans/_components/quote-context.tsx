// A quote in its surrounding text, the quote marked. The context stops at the quote's paragraph,
// and the line takes the direction of the quote; the context on either side is isolated (<bdi>),
// so a Persian phrase before an English quote (or the reverse) cannot reorder it.

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG = /[\p{L}]/u;

/** The direction of the first strong (letter) character; "ltr" when there is none. */
export function directionOf(text: string): "rtl" | "ltr" {
  for (const ch of text) if (STRONG.test(ch)) return RTL.test(ch) ? "rtl" : "ltr";
  return "ltr";
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ¶ ");

/**
 * The context up to the paragraph break nearest the quote. Where it was cut mid-paragraph (`cut`),
 * the partial word at the cut is dropped and "…" shows that the text goes on.
 */
function lead(before: string, cut: boolean): string {
  const line = /[^\r\n]*$/.exec(before)?.[0] ?? "";
  if (line.length < before.length || !cut || line === "") return line;
  return `…${/\s/.test(line) ? line.replace(/^\S*\s/, "") : line}`;
}
function tail(after: string, cut: boolean): string {
  const line = /^[^\r\n]*/.exec(after)?.[0] ?? "";
  if (line.length < after.length || !cut || line === "") return line;
  return `${/\s/.test(line) ? line.replace(/\s\S*$/, "") : line}…`;
}

interface Props {
  before: string;
  exact: string;
  after: string;
  /** Whether `before` / `after` stop short of the text's start / end (so "…" applies). */
  cut: { before: boolean; after: boolean };
  lang?: string | undefined;
}

export function QuoteContext({ before, exact, after, cut, lang }: Props) {
  const [left, right] = [lead(before, cut.before), tail(after, cut.after)];
  return (
    <p className="quote-context" dir={directionOf(exact)} lang={lang}>
      {left ? <bdi className="muted">{left}</bdi> : null}
      <mark>
        <bdi>{oneLine(exact)}</bdi>
      </mark>
      {right ? <bdi className="muted">{right}</bdi> : null}
    </p>
  );
}

export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
