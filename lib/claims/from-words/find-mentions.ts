// Where known entities are named in a text, by name or alias, in one pass over the text whatever
// the number of names. Case is ignored; a name must stand as a whole word.
import type { TEntityKind } from "../../entities/schemas";

export interface NamedEntity {
  id: string;
  kind: TEntityKind;
  name: string;
  aliases: readonly string[];
}

export interface Mention {
  entityId: string;
  kind: TEntityKind;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** A matcher built once per entity list and reused for every text it reads. */
export function mentionFinder(entities: readonly NamedEntity[]): (text: string) => Mention[] {
  const byName = new Map<string, NamedEntity>();
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = name.trim().replace(/\s+/g, " ").toLowerCase();
      // Two-letter names ("UN") match too much prose to be worth suggesting.
      if (key.length >= 3 && !byName.has(key)) byName.set(key, e);
    }
  }
  if (!byName.size) return () => [];
  // Longest first, so "Death Commission" wins over "Commission".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.map((n) => escape(n).replace(/\s+/g, "\\s+")).join("|"), "giu");
  return (text) => {
    const out: Mention[] = [];
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if ((start > 0 && WORD.test(text[start - 1]!)) || (end < text.length && WORD.test(text[end]!))) continue;
      const entity = byName.get(m[0].replace(/\s+/g, " ").toLowerCase());
      if (entity) out.push({ entityId: entity.id, kind: entity.kind, start, end });
    }
    return out;
  };
}
