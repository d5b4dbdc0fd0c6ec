// Why an annotation is in the orphan queue, as move-annotations records it in `annotation.orphan`:
// the version it was on, the version it could not be placed on, and the places re-anchoring found
// plausible there (offsets in that version's text). Validated again when read.
import * as z from "zod";

export const ZOrphanInfo = z.object({
  fromDocumentId: z.string(),
  toDocumentId: z.string(),
  reason: z.enum(["invalid_span", "deleted", "changed", "ambiguous"]),
  candidates: z
    .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), score: z.number().min(0).max(1) }))
    .default([]),
});
export type TOrphanInfo = z.infer<typeof ZOrphanInfo>;

/** The orphan record, or null when the column holds something else (never trusted blindly). */
export function parseOrphanInfo(value: unknown): TOrphanInfo | null {
  const parsed = ZOrphanInfo.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const ORPHAN_REASON_TEXT: Record<TOrphanInfo["reason"], string> = {
  deleted: "Its words are not in the new text.",
  changed: "Its words were edited in the new text.",
  ambiguous: "Its words fit more than one place in the new text.",
  invalid_span: "Its old position did not fit the old text.",
};
