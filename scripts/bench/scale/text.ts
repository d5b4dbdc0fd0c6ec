// Plausible source text from the vocabularies: sentences of Zipf-drawn words with names of people
// and places, numbers and set phrases sown in, in paragraphs. A share of the Persian sources is
// typed with Arabic letter variants (ي for ی, ك for ک), as text pasted from Arabic keyboards is.
import type { Prng } from "../anchoring/prng";
import type { World } from "./entities";
import { draw, vocabulary } from "./vocabulary";
import { EN_PHRASES, FA_PHRASES } from "./words";

const VOCAB = { en: vocabulary("en"), fa: vocabulary("fa") };
const FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC_VARIANTS: Record<string, string> = { "ی": "ي", "ک": "ك" };

function number(rng: Prng, language: "en" | "fa"): string {
  const n = rng.pick([rng.int(2, 99), rng.int(100, 999), rng.int(1, 40) * 500, rng.int(1, 30) * 1000]);
  const s = n.toLocaleString("en");
  return language === "en" ? s : s.replace(/\d/g, (d: string) => FA_DIGITS[Number(d)]!).replace(/,/g, "٬");
}

function sentence(rng: Prng, world: World, language: "en" | "fa"): string {
  const vocab = VOCAB[language];
  const out: string[] = [];
  const length = rng.int(8, 22);
  for (let i = 0; i < length; i++) out.push(draw(vocab, rng));
  const r = rng.next();
  const at = rng.int(1, out.length - 1);
  if (r < 0.18) {
    const person = rng.pick(world.persons);
    out.splice(at, 0, language === "en" ? person.name : (person.aliases[0] ?? person.name));
  } else if (r < 0.3) {
    const place = rng.pick(world.places);
    out.splice(at, 0, language === "en" ? place.name : (place.aliases[0] ?? place.name));
  } else if (r < 0.4) {
    out.splice(at, 0, rng.pick(language === "en" ? EN_PHRASES : FA_PHRASES));
  } else if (r < 0.48) {
    out.splice(at, 0, number(rng, language));
  }
  const text = out.join(" ");
  return language === "en" ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `${text}.`;
}

/** About `bytes` bytes of UTF-8 in paragraphs. */
export function sourceText(rng: Prng, world: World, language: "en" | "fa", bytes: number, arabicLetters = false): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = rng.int(3, 6);
    for (let i = 0; i < count && size < bytes; i++) {
      const s = sentence(rng, world, language);
      sentences.push(s);
      size += Buffer.byteLength(s) + 1;
    }
    paragraphs.push(sentences.join(" "));
  }
  const text = paragraphs.join("\n\n");
  return arabicLetters ? text.replace(/[یک]/g, (c) => ARABIC_VARIANTS[c] ?? c) : text;
}

export function sourceTitle(rng: Prng, world: World, language: "en" | "fa"): string {
  const vocab = VOCAB[language];
  const place = rng.pick(world.places);
  const words = [draw(vocab, rng), draw(vocab, rng), draw(vocab, rng)].join(" ");
  return language === "en" ? `${place.name}: ${words}` : `${place.aliases[0] ?? place.name}: ${words}`;
}

/** Where each word (maximal run of non-space) starts and ends, for picking annotation spans. */
export function wordBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}
