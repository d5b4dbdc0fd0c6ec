// Counts as sources write them: "30,000", "more than 30,000", "about 5 thousand", "between 2,800
// and 5,000", "بیش از ۳۰ هزار", with the qualifier deciding the kind (at least, approx, ...).
import type { TCount } from "../types/shared";
import { asciiDigits } from "./digits";

export interface CountMatch {
  count: TCount;
  /** The words that state it, qualifier included (UTF-16 offsets in the text searched). */
  start: number;
  end: number;
}

const SEP = "[,\u066C\u060C]";
const NUMBER = `\\d{1,3}(?:${SEP}\\d{3})+|\\d+`;
const SCALE = "(?:\\s*(thousands?|millions?|هزار|میلیون|ألف|آلاف|مليون))?";
const AMOUNT = `(${NUMBER})${SCALE}`;
const RANGE = new RegExp(`(?:between|from|بین|از|بين)\\s+${AMOUNT}\\s*(?:and|to|-|–|—|تا|و)\\s*${AMOUNT}|${AMOUNT}\\s*(?:-|–|—|to|تا)\\s*${AMOUNT}`, "giu");
const SINGLE = new RegExp(AMOUNT, "gu");

const QUALIFIERS: { kind: "at_least" | "at_most" | "approx"; words: string[] }[] = [
  {
    kind: "at_least",
    words: ["more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than", "not less than", "بیش از", "بیش‌از", "دست‌کم", "دست کم", "حداقل", "بالغ بر", "أكثر من", "ما لا يقل عن"],
  },
  { kind: "at_most", words: ["up to", "at most", "fewer than", "less than", "no more than", "as many as", "حداکثر", "کمتر از", "حتى"] },
  {
    kind: "approx",
    words: ["about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated", "estimated", "close to", "circa", "c.", "حدود", "حدوداً", "نزدیک به", "تقریباً", "قرابة", "حوالي", "نحو"],
  },
];
const QUALIFIER = new RegExp(
  `(${QUALIFIERS.flatMap((q) => q.words)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.]/g, "\\."))
    .join("|")})\\s*$`,
  "iu",
);

function amount(digits: string | undefined, scale: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const n = Number(digits.replace(/[,\u066C\u060C]/g, ""));
  if (!Number.isSafeInteger(n)) return undefined;
  const s = (scale ?? "").toLowerCase();
  const factor = /^(thousand|هزار|ألف|آلاف)/.test(s) ? 1000 : /^(million|میلیون|مليون)/.test(s) ? 1_000_000 : 1;
  const v = n * factor;
  return v <= 2_000_000_000 ? v : undefined;
}

/** A bare four-digit number from 1900 to 2099 is a year unless a scale word follows it. */
const isYear = (digits: string, scale: string | undefined) => !scale && /^(19|20)\d\d$/.test(digits);

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
// "thirty thousand", "twenty-five hundred", "two million": small numbers written out take a scale.
const WORDS = new RegExp(`\\b(?:(${TENS.filter(Boolean).join("|")})(?:[- ](${UNITS.slice(1, 10).join("|")}))?|(${UNITS.slice(1).join("|")}))\\s+(hundred|thousand|million)\\b`, "giu");

function wordAmount(m: RegExpMatchArray): number {
  const small = m[1] ? TENS.indexOf(m[1].toLowerCase()) * 10 + (m[2] ? UNITS.indexOf(m[2].toLowerCase()) : 0) : UNITS.indexOf(m[3]!.toLowerCase());
  const scale = m[4]!.toLowerCase();
  return small * (scale === "hundred" ? 100 : scale === "thousand" ? 1000 : 1_000_000);
}

/** "07" in "1988-07", "19" in "19/07/1988", "10" in "10:30": parts of dates and times; and
 * "200" in "a 200-page report": a number that qualifies a noun counts nobody. */
const partOfDate = (text: string, start: number, end: number) =>
  /\d[-/:.]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[-/:.]\d/.test(text.slice(end, end + 2)) || /^-\p{L}/u.test(text.slice(end, end + 2));

/** Every count in the text, in order; years are left out. */
export function findCounts(original: string): CountMatch[] {
  const text = asciiDigits(original);
  const out: CountMatch[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(RANGE)) {
    const [a, as, b, bs] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
    // "2 to 3 thousand": a scale written once applies to both ends.
    const min = amount(a, as ?? bs);
    const max = amount(b, bs);
    if (min === undefined || max === undefined || min > max || (isYear(a!, as) && isYear(b!, bs))) continue;
    out.push({ count: { kind: "range", min, max }, start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(SINGLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    if (isYear(m[1]!, m[2]) || partOfDate(text, start, end)) continue;
    const value = amount(m[1], m[2]);
    if (value === undefined) continue;
    out.push(qualified(text, start, end, value));
  }
  for (const m of text.matchAll(WORDS)) {
    out.push(qualified(text, m.index, m.index + m[0].length, wordAmount(m)));
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The count with the kind its qualifier gives ("more than" → at least), the qualifier in its span. */
function qualified(text: string, start: number, end: number, value: number): CountMatch {
  const before = QUALIFIER.exec(text.slice(Math.max(0, start - 24), start));
  const word = before?.[1]?.toLowerCase();
  const kind = QUALIFIERS.find((q) => word && q.words.includes(word))?.kind ?? "exact";
  return { count: { kind, value }, start: before ? start - before[0].length : start, end };
}

/** The first count in the words, if any. */
export function parseCount(text: string): TCount | undefined {
  return findCounts(text)[0]?.count;
}
