// Places a quote taken from a live web page (a Hypothesis or other W3C TextQuoteSelector measured on
// the page's DOM text) in a captured document's text. Two things differ between them and nothing
// else may: whitespace (the DOM has newlines and indentation where our text has one blank line), and
// page chrome that the capture left out, which may have stood right before or after the quote. So the
// exact words must match with whitespace runs taken as one space, and each side of context must either
// agree (ignoring whitespace) or meet a paragraph boundary or the text's edge, where chrome can have
// been; at least one side must truly agree when context was given. More than one place left, unless
// one agrees on clearly more context, is ambiguous: a person chooses, as for re-anchoring orphans.
import { splitsSurrogatePair } from "./code-points";
import type { QuoteInput, Span } from "./types";

export type TolerantPlacement =
  | ({ ok: true; method: "exact_whitespace" | "context" } & Span)
  | { ok: false; reason: "not_found" | "ambiguous" | "context_disagrees"; message: string; count: number };

/** Context needed on a side for that side to count as agreeing (or all of it, when shorter). */
const MIN_AGREEMENT = 8;

type Folded = { text: string; map: number[] };

/** The text with each whitespace run as one space; map[i] is the original index of folded char i (plus its end). */
function fold(text: string): Folded {
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) {
      if (out.endsWith(" ")) continue;
      out += " ";
    } else {
      out += text[i];
    }
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Characters of `context` (whitespace ignored) that agree with `side`, counted from the quote outwards. */
function agreement(context: string, side: string, direction: "before" | "after"): number {
  const a = squeeze(context);
  const b = squeeze(side);
  let n = 0;
  if (direction === "before") while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  else while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A paragraph break (a newline) or the text's edge right next to the quote, across whitespace only. */
function boundaryBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === "\n") return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

function boundaryAfter(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n") return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

type Candidate = Span & { score: number; agreed: boolean };

export function placeQuoteTolerant(text: string, quote: QuoteInput): TolerantPlacement {
  const folded = fold(text);
  const exact = fold(quote.exact).text.trim();
  if (!exact) return { ok: false, reason: "not_found", message: "The quote's exact text is empty.", count: 0 };
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const hasContext = squeeze(prefix).length + squeeze(suffix).length > 0;

  const candidates: Candidate[] = [];
  let occurrences = 0;
  for (let i = folded.text.indexOf(exact); i !== -1; i = folded.text.indexOf(exact, i + 1)) {
    const start = folded.map[i] as number;
    const end = (folded.map[i + exact.length - 1] as number) + 1;
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) continue;
    occurrences++;
    const before = agreement(prefix, text.slice(Math.max(0, start - prefix.length - 64), start), "before");
    const after = agreement(suffix, text.slice(end, end + suffix.length + 64), "after");
    const needBefore = Math.min(MIN_AGREEMENT, squeeze(prefix).length);
    const needAfter = Math.min(MIN_AGREEMENT, squeeze(suffix).length);
    const beforeOk = before >= needBefore;
    const afterOk = after >= needAfter;
    // A side that disagrees is forgiven only where chrome can have stood: at a paragraph boundary.
    if (!beforeOk && !boundaryBefore(text, start)) continue;
    if (!afterOk && !boundaryAfter(text, end)) continue;
    const agreed = (beforeOk && needBefore > 0) || (afterOk && needAfter > 0);
    if (hasContext && !agreed) continue;
    candidates.push({ start, end, score: before + after, agreed });
  }
  if (occurrences === 0) {
    return { ok: false, reason: "not_found", message: "The quoted words do not occur in the document, even with whitespace ignored.", count: 0 };
  }
  if (candidates.length === 0) {
    return {
      ok: false,
      reason: "context_disagrees",
      message: `The quoted words occur ${occurrences} time(s), but the text around them never agrees with the annotation's context.`,
      count: 0,
    };
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates as [Candidate, Candidate | undefined];
  // A runner-up is beaten only by clearly more agreeing context, never by a character or two.
  if (second && best.score - second.score < MIN_AGREEMENT) {
    return {
      ok: false,
      reason: "ambiguous",
      message: `The quoted words fit ${candidates.length} places equally well; choose one by hand.`,
      count: candidates.length,
    };
  }
  return { ok: true, start: best.start, end: best.end, method: hasContext ? "context" : "exact_whitespace" };
}
