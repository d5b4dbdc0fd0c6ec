// What the measured calls ask for, drawn with a fixed seed: search terms of several kinds (English
// subject words, names, Persian words typed with the other letter variant, phrases, two words),
// claim-list filters, and sources to open.
import { Prng } from "../anchoring/prng";
import type { ScaleConfig } from "./config";
import { documentId } from "./config";
import type { World } from "./entities";
import { EN_CONTENT, EN_PHRASES, FA_CONTENT, FA_PHRASES, LAST_NAMES, PLACES } from "./words";

export interface SearchInput {
  kind: "english" | "name" | "persian-variant" | "phrase" | "two-words";
  q: string;
}

const CLAIM_TYPES = ["victim_count", "role", "event", "statement"];
const STATUSES = ["approved", "submitted", "draft", "disputed"] as const;

/** The letter variant a person typing on the other keyboard would use (ی↔ي, ک↔ك). */
function otherVariant(word: string): string {
  return word.replace(/[یيکك]/g, (c) => ({ "ی": "ي", "ي": "ی", "ک": "ك", "ك": "ک" })[c] ?? c);
}

export function searchInputs(count: number, seed: number): SearchInput[] {
  const rng = new Prng(seed);
  const persianWords = FA_CONTENT.filter((w) => /[یک]/.test(w));
  const out: SearchInput[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.next();
    if (r < 0.3) out.push({ kind: "english", q: rng.pick(EN_CONTENT) });
    else if (r < 0.45) out.push({ kind: "name", q: rng.pick([...LAST_NAMES.en, ...PLACES.en]) });
    else if (r < 0.7) out.push({ kind: "persian-variant", q: otherVariant(rng.pick([...persianWords, ...LAST_NAMES.fa, ...PLACES.fa])) });
    else if (r < 0.9) out.push({ kind: "phrase", q: `"${otherVariant(rng.pick([...EN_PHRASES, ...FA_PHRASES]))}"` });
    else out.push({ kind: "two-words", q: `${rng.pick(EN_CONTENT)} ${rng.pick(PLACES.en)}` });
  }
  return out;
}

export interface ListInput {
  status: (typeof STATUSES)[number];
  type: string;
  entityId: string;
}

export function listInputs(world: World, count: number, seed: number): ListInput[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => {
    const type = rng.pick(CLAIM_TYPES);
    const pool = type === "role" || type === "statement" ? world.persons : type === "event" ? world.places : world.events;
    return { status: rng.pick(STATUSES), type, entityId: rng.pick(pool).id };
  });
}

export function documentInputs(config: ScaleConfig, count: number, seed: number): string[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => documentId(rng.int(0, config.documents - 1)));
}
