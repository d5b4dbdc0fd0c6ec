// The generated project's entities: people, organisations, places and events, most with a Persian
// alias, plus the one event that 10,000 victim-count claims are about (the compare test).
import { entitySearchKey } from "../../../lib/entities/search-key";
import { Prng } from "../anchoring/prng";
import { FIRST_NAMES, LAST_NAMES, PLACES, PUBLISHERS } from "./words";

export interface ScaleEntity {
  id: string;
  kind: "person" | "organization" | "place" | "event";
  name: string;
  aliases: string[];
  searchKey: string;
  reliability: string | null;
}

export interface World {
  all: ScaleEntity[];
  byId: Map<string, ScaleEntity>;
  persons: ScaleEntity[];
  organizations: ScaleEntity[];
  publishers: ScaleEntity[];
  places: ScaleEntity[];
  events: ScaleEntity[];
  bigEvent: ScaleEntity;
}

const YEARS = ["1981", "1982", "1983", "1985", "1988"];
const EVENT_KINDS = [
  { en: "Executions in", fa: "اعدام‌های" },
  { en: "Mass burial at", fa: "دفن جمعی در" },
  { en: "Prison transfers to", fa: "انتقال زندانیان به" },
  { en: "Arrests in", fa: "بازداشت‌های" },
];
const ORG_KINDS = [
  { en: "Committee of", fa: "کمیته" },
  { en: "Prosecutor's Office of", fa: "دادستانی" },
  { en: "Revolutionary Court of", fa: "دادگاه انقلاب" },
  { en: "Families' Association of", fa: "انجمن خانواده‌های" },
];

function entity(id: string, kind: ScaleEntity["kind"], name: string, aliases: string[], reliability: string | null = null): ScaleEntity {
  return { id, kind, name, aliases, searchKey: entitySearchKey(name, aliases), reliability };
}

export function buildWorld(seed = 5): World {
  const rng = new Prng(seed);
  if (FIRST_NAMES.en.length !== FIRST_NAMES.fa.length || LAST_NAMES.en.length !== LAST_NAMES.fa.length || PLACES.en.length !== PLACES.fa.length) {
    throw new Error("the English and Persian name lists must be parallel");
  }
  const persons: ScaleEntity[] = [];
  for (let f = 0; f < FIRST_NAMES.en.length; f++) {
    for (let l = 0; l < LAST_NAMES.en.length; l++) {
      const fa = `${FIRST_NAMES.fa[f]} ${LAST_NAMES.fa[l]}`;
      persons.push(entity(`ent_p${persons.length}`, "person", `${FIRST_NAMES.en[f]} ${LAST_NAMES.en[l]}`, rng.next() < 0.8 ? [fa] : []));
    }
  }
  const places = PLACES.en.flatMap((name, i) => [
    entity(`ent_l${2 * i}`, "place", name, [PLACES.fa[i]!]),
    entity(`ent_l${2 * i + 1}`, "place", `${name} prison`, [`زندان ${PLACES.fa[i]}`]),
  ]);
  const publishers = PUBLISHERS.map((name, i) => entity(`ent_s${i}`, "organization", name, [], rng.pick(["A", "B", "B", "C", "D"])));
  const organizations = [...publishers];
  for (const kind of ORG_KINDS) {
    PLACES.en.forEach((place, i) => organizations.push(entity(`ent_o${organizations.length}`, "organization", `${kind.en} ${place}`, [`${kind.fa} ${PLACES.fa[i]}`])));
  }
  const events: ScaleEntity[] = [];
  for (const kind of EVENT_KINDS) {
    PLACES.en.forEach((place, i) => {
      for (const year of YEARS) events.push(entity(`ent_e${events.length}`, "event", `${kind.en} ${place} ${year}`, [`${kind.fa} ${PLACES.fa[i]} ${year}`]));
    });
  }
  const bigEvent = entity("ent_big_event", "event", "1988 prison massacre", ["Summer 1988 executions", "کشتار زندانیان سیاسی ۱۳۶۷"]);
  // Not among `events`, which random claims are about: exactly the big-event claims are about it.
  const all = [...persons, ...places, ...organizations, ...events, bigEvent];
  return { all, byId: new Map(all.map((e) => [e.id, e])), persons, organizations, publishers, places, events, bigEvent };
}
