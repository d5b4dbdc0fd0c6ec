// A claim form filled from the words a person selected, where the words allow: a count and its
// kind, the outcome, entities named (in the words, then in the paragraph around them), a period,
// the quote. The person checks and completes it; nothing is saved without them.
import type { FormClaimType, FormField } from "../types/form-fields";
import { guessOutcome } from "./casualty-words";
import type { Mention } from "./find-mentions";
import { parseCount } from "./parse-count";
import { findDates, parsePeriod } from "./parse-period";

export interface PrefillInput {
  /** The selected words. */
  words: string;
  /** Known entities named in the words, then in the surrounding paragraph (nearest first). */
  mentions: readonly Mention[];
  contextMentions?: readonly Mention[];
  /** The paragraph around the words, for a period or outcome the words themselves leave out. */
  context?: string;
  /** Events the whole document names, most named first: what a figure in it is most likely about. */
  documentEvents?: readonly Mention[];
}

const QUOTE_MARKS = /^[\s"“”«»'‘’„]+|[\s"“”«»'‘’„]+$/g;
const ROLE = /\b((?:a |the )?(?:member|head|chief|chair(?:man|woman)?|judge|prosecutor|deputy|minister|president|director|representative|official|governor|commander|interrogator|warden)\b[^.,;:\n]{0,80})/i;
const SAYS = /\b(said|says|stated|told|declared|wrote|according to)\b|گفت|اعلام کرد|قال/iu;

function fieldValue(field: FormField, input: PrefillInput, used: Set<string>): unknown {
  const { words } = input;
  switch (field.kind) {
    case "count":
      return parseCount(words);
    case "period":
      return parsePeriod(words) ?? (input.context ? parsePeriod(input.context) : undefined);
    case "date":
      return findDates(words)[0];
    case "choice": {
      const outcome = guessOutcome(words) ?? (input.context ? guessOutcome(input.context) : undefined);
      return outcome && field.options?.includes(outcome) ? outcome : undefined;
    }
    case "entity": {
      const kinds = field.entityKinds ?? [];
      const fits = (m: Mention) => !used.has(m.entityId) && (!kinds.length || kinds.includes(m.kind));
      const hit =
        input.mentions.find(fits) ?? input.contextMentions?.find(fits) ?? (kinds.includes("event") ? input.documentEvents?.find(fits) : undefined);
      if (hit) used.add(hit.entityId);
      return hit?.entityId;
    }
    case "longtext":
      return field.name === "quote" ? words.replace(QUOTE_MARKS, "") || undefined : undefined;
    case "text":
      return field.name === "role" ? ROLE.exec(words)?.[1]?.trim() : undefined;
    default:
      return undefined;
  }
}

/** The events a text names, the most often named first (one mention each). */
export function rankEvents(mentions: readonly Mention[]): Mention[] {
  const counts = new Map<string, { first: Mention; n: number }>();
  for (const m of mentions) {
    if (m.kind !== "event") continue;
    const c = counts.get(m.entityId);
    if (c) c.n += 1;
    else counts.set(m.entityId, { first: m, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start).map((c) => c.first);
}

/** The fields of one type filled from the words; fields the words say nothing about are left out. */
export function prefillFields(type: FormClaimType, input: PrefillInput): Record<string, unknown> {
  const used = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const f of type.fields) {
    const v = fieldValue(f, input, used);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** The type the words most look like: a count → the first type with a count, speech → statement, a role → role. */
export function guessClaimType(types: readonly FormClaimType[], input: PrefillInput): string | undefined {
  const has = (id: string) => types.some((t) => t.id === id);
  const { words, mentions } = input;
  const counted = types.find((t) => t.fields.some((f) => f.kind === "count"));
  if (counted && parseCount(words)) return counted.id;
  if (has("statement") && (SAYS.test(words) || /^[\s"“«]/.test(words))) return "statement";
  if (has("role") && ROLE.test(words) && mentions.some((m) => m.kind === "person")) return "role";
  if (has("event") && mentions.some((m) => m.kind === "event")) return "event";
  return types[0]?.id;
}
