// One generated claim of a built-in type, with what create-claim stores beside it: count bounds,
// subject, the entities it mentions (and in which role) and its search text.
import type { Prng } from "../anchoring/prng";
import type { ScaleEntity, World } from "./entities";

const OUTCOMES = ["killed", "executed", "executed", "executed", "arrested", "disappeared"];
const ROLES = ["judge", "prosecutor", "member of the death commission", "prison warden", "interrogator", "intelligence ministry representative"];
const EVENT_TYPES = ["mass execution", "prison transfer", "burial", "trial"];
const STATUSES = ["draft", "submitted", "submitted", "approved", "approved", "approved", "approved", "rejected", "changes_requested", "disputed"] as const;
const STANCES = ["asserts", "asserts", "asserts", "asserts", "asserts", "quotes", "quotes", "disputes", "denies"] as const;
const MODALITIES = ["alleged", "estimated", "confirmed", "unspecified"] as const;

export interface GeneratedClaim {
  type: string;
  fields: Record<string, unknown>;
  status: (typeof STATUSES)[number];
  assertedById: string;
  reportedById: string | null;
  via: string[];
  stance: (typeof STANCES)[number];
  modality: (typeof MODALITIES)[number];
  subjectEntityId: string | null;
  countMin: number | null;
  countMax: number | null;
  credibility: number | null;
  entities: { entityId: string; role: string }[];
  searchText: string;
}

function count(rng: Prng): { fields: Record<string, unknown>; min: number | null; max: number | null } {
  const value = Math.round(10 ** (1 + rng.next() * 3.7));
  const kind = rng.pick(["exact", "approx", "approx", "at_least", "at_most", "range", "range", "unknown"]);
  if (kind === "unknown") return { fields: { kind }, min: null, max: null };
  if (kind === "range") return { fields: { kind, min: value, max: value * 2 }, min: value, max: value * 2 };
  return { fields: { kind, value }, min: kind === "at_most" ? null : value, max: kind === "at_least" ? null : value };
}

function fieldWords(value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(fieldWords);
  if (value && typeof value === "object") return Object.values(value).flatMap(fieldWords);
  return [];
}

export function generateClaim(rng: Prng, world: World, bigEvent: boolean): GeneratedClaim {
  const r = rng.next();
  const type = bigEvent || r < 0.4 ? "victim_count" : r < 0.65 ? "role" : r < 0.8 ? "event" : "statement";
  const refs: { entity: ScaleEntity; role: string }[] = [];
  const ref = (entity: ScaleEntity, role: string) => (refs.push({ entity, role }), entity.id);
  let fields: Record<string, unknown>;
  let bounds: { min: number | null; max: number | null } = { min: null, max: null };
  let subject: string;
  if (type === "victim_count") {
    const c = count(rng);
    bounds = c;
    subject = ref(bigEvent ? world.bigEvent : rng.pick(world.events), "field:event");
    fields = { count: c.fields, outcome: rng.pick(OUTCOMES), event: subject, ...(rng.next() < 0.6 ? { place: ref(rng.pick(world.places), "field:place") } : {}) };
  } else if (type === "role") {
    subject = ref(rng.pick(world.persons), "field:person");
    fields = { person: subject, role: rng.pick(ROLES), ...(rng.next() < 0.5 ? { organization: ref(rng.pick(world.organizations), "field:organization") } : {}) };
  } else if (type === "event") {
    subject = ref(rng.pick(world.events), "field:event");
    fields = { event: subject, eventType: rng.pick(EVENT_TYPES), place: ref(rng.pick(world.places), "field:place") };
  } else {
    subject = ref(rng.pick(world.persons), "field:speaker");
    fields = { speaker: subject, quote: `The ${rng.pick(ROLES)} said the ${rng.pick(EVENT_TYPES)} was lawful.` };
  }
  const asserted = ref(rng.next() < 0.5 ? rng.pick(world.persons) : rng.pick(world.organizations), "asserted_by");
  const reported = rng.next() < 0.7 ? ref(rng.pick(world.publishers), "reported_by") : null;
  const via = rng.next() < 0.1 ? [ref(rng.pick(world.persons), "via")] : [];
  const status = rng.pick(STATUSES);
  const unique = [...new Map(refs.map((x) => [`${x.entity.id}|${x.role}`, x])).values()];
  const named = [...new Map(refs.map((x) => [x.entity.id, x.entity])).values()];
  return {
    type,
    fields,
    status,
    assertedById: asserted,
    reportedById: reported,
    via,
    stance: rng.pick(STANCES),
    modality: rng.pick(MODALITIES),
    subjectEntityId: subject,
    countMin: bounds.min,
    countMax: bounds.max,
    credibility: status === "approved" ? rng.int(1, 6) : null,
    entities: unique.map((x) => ({ entityId: x.entity.id, role: x.role })),
    searchText: [...fieldWords(fields), ...named.flatMap((e) => [e.name, ...e.aliases])].join("\n"),
  };
}
