// Words that say what happened to people, in English, Persian and Arabic, and the victim_count
// outcome each implies. A count near one of them is likely a casualty figure.
import type { OUTCOMES } from "../types/builtin";

type Outcome = (typeof OUTCOMES)[number];

const OUTCOME_WORDS: [Outcome, string[]][] = [
  ["executed", ["executed", "execution", "executions", "hanged", "hanging", "hangings", "put to death", "اعدام", "إعدام", "أعدم", "اعدم"]],
  ["killed", ["killed", "murdered", "massacred", "massacre", "slaughtered", "slain", "perished", "lost their lives", "died", "dead", "death", "deaths", "کشته", "قتل", "جان باختند", "قتلوا", "مقتل"]],
  ["disappeared", ["disappeared", "disappearance", "disappearances", "missing", "ناپدید", "مفقود", "اختفاء"]],
  ["arrested", ["arrested", "detained", "imprisoned", "arrests", "detentions", "بازداشت", "دستگیر", "زندانی", "اعتقال", "معتقل"]],
  ["injured", ["injured", "wounded", "زخمی", "مجروح", "جرحى"]],
  ["displaced", ["displaced", "expelled", "fled", "آواره", "نازح", "نازحين"]],
];

// Nouns for the people counted; they mark a casualty figure but do not say what happened.
const VICTIM_NOUNS = ["prisoners", "victims", "people", "persons", "inmates", "detainees", "bodies", "graves", "زندانیان", "قربانیان", "نفر", "سجين", "سجناء", "ضحايا"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+")).join("|");

// Persian and Arabic words take prefixes and suffixes freely, so only Latin words need edges.
export const CASUALTY_PATTERN = new RegExp(`(?<![\\p{L}])(?:${alternation([...OUTCOME_WORDS.flatMap(([, w]) => w), ...VICTIM_NOUNS])})`, "giu");
/** Only the words that say what happened. */
export const OUTCOME_PATTERN = new RegExp(`(?<![\\p{L}])(?:${alternation(OUTCOME_WORDS.flatMap(([, w]) => w))})`, "giu");

/** The outcome the words name first, if any. */
export function guessOutcome(text: string): Outcome | undefined {
  let best: { at: number; outcome: Outcome } | undefined;
  for (const [outcome, words] of OUTCOME_WORDS) {
    const m = new RegExp(`(?<![\\p{L}])(?:${alternation(words)})`, "iu").exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, outcome };
  }
  return best?.outcome;
}
