import * as z from "zod";

export const ENTITY_KINDS = ["person", "organization", "place", "event", "other"] as const;
export const ZEntityKind = z.enum(ENTITY_KINDS);
export type TEntityKind = z.infer<typeof ZEntityKind>;

export const ZReliability = z.enum(["A", "B", "C", "D", "E", "F"]);
/** The Admiralty scale for a source's reliability, as researchers read it. */
export const RELIABILITY_LABELS: Record<z.infer<typeof ZReliability>, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

const ZName = z.string().trim().min(1, "is required").max(300);

export const ZCreateEntity = z
  .object({
    kind: ZEntityKind,
    name: ZName,
    aliases: z.array(ZName).max(100).optional(),
    wikidataId: z.string().regex(/^Q[1-9]\d{0,11}$/, "must be a Wikidata item id such as Q42").optional(),
    reliability: ZReliability.optional(),
  })
  .strict();
export type TCreateEntity = z.infer<typeof ZCreateEntity>;

export const ZUpdateEntity = z
  .object({
    name: ZName.optional(),
    aliases: z.array(ZName).max(100).optional(),
    wikidataId: z.string().regex(/^Q[1-9]\d{0,11}$/, "must be a Wikidata item id such as Q42").nullable().optional(),
    reliability: ZReliability.nullable().optional(),
  })
  .strict();
export type TUpdateEntity = z.infer<typeof ZUpdateEntity>;

export const ZMergeEntity = z.object({ into: z.string().min(1), note: z.string().trim().max(2000).optional() }).strict();
export type TMergeEntity = z.infer<typeof ZMergeEntity>;

export const ZEntityQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: ZEntityKind.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(200).optional(),
});
export type TEntityQuery = z.infer<typeof ZEntityQuery>;
