// A claim's attribution as a sentence: "NCRI asserts, via Amnesty International, reported by
// MEK-Iran.com". Returned as parts so the page can link each entity.

export type ChainPart = { entity: string } | { text: string };

export interface Attribution {
  assertedBy: string;
  reportedBy: string | null;
  via: readonly string[];
  stance: string;
}

export function attributionChain(a: Attribution): ChainPart[] {
  const parts: ChainPart[] = [{ entity: a.assertedBy }, { text: ` ${a.stance}` }];
  a.via.forEach((id, i) => parts.push({ text: i === 0 ? ", via " : ", then " }, { entity: id }));
  if (a.reportedBy) parts.push({ text: ", reported by " }, { entity: a.reportedBy });
  return parts;
}

/** The same chain as plain text, with names looked up (for labels and tests). */
export function attributionText(a: Attribution, name: (id: string) => string): string {
  return attributionChain(a)
    .map((p) => ("entity" in p ? name(p.entity) : p.text))
    .join("");
}
