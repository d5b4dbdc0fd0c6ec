// A Zipf-distributed vocabulary per language: function words are the most frequent, then words of
// the subject matter, then a long tail of made-up words, so word frequencies (and so the number of
// sources a search term matches) spread the way they do in real text rather than every word
// occurring in every source.
import { Prng } from "../anchoring/prng";
import { EN_CONTENT, EN_FUNCTION, FA_CONTENT, FA_FUNCTION } from "./words";

export interface Vocabulary {
  words: string[];
  /** cdf[i]: probability that a drawn word has rank <= i. */
  cdf: Float64Array;
}

const EN_SYLLABLES = "ka ro mi tel van dor sa len bri mar tos el an cor vi nu pel dra gan hol ser fin ost ra bel".split(" ");
const FA_SYLLABLES = "با را نو گل سر دا مه پر شا کو زی تر فر نی ور بن خو ده لا می".split(" ");

function tail(syllables: string[], count: number, seed: number, taken: Set<string>): string[] {
  const rng = new Prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const n = rng.int(2, 4);
    let w = "";
    for (let i = 0; i < n; i++) w += rng.pick(syllables);
    if (!taken.has(w)) {
      taken.add(w);
      out.push(w);
    }
  }
  return out;
}

function zipf(words: string[], s = 1.05): Vocabulary {
  const cdf = new Float64Array(words.length);
  let total = 0;
  for (let i = 0; i < words.length; i++) total += 1 / (i + 1) ** s;
  let acc = 0;
  for (let i = 0; i < words.length; i++) {
    acc += 1 / (i + 1) ** s / total;
    cdf[i] = acc;
  }
  return { words, cdf };
}

export function vocabulary(language: "en" | "fa", tailSize = 20_000): Vocabulary {
  const [fn, content, syllables] = language === "en" ? [EN_FUNCTION, EN_CONTENT, EN_SYLLABLES] : [FA_FUNCTION, FA_CONTENT, FA_SYLLABLES];
  const real = [...new Set([...fn, ...content])];
  return zipf([...real, ...tail(syllables, tailSize, language === "en" ? 11 : 13, new Set(real))]);
}

export function draw(v: Vocabulary, rng: Prng): string {
  const x = rng.next();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}
