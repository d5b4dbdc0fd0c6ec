import * as z from "zod";

const ZSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) });
const endAfterStart = (s: { start: number; end: number }) => s.start < s.end;

/** The body of a rejection through the API: the span, on the document the path names. */
export const ZRejectSpan = ZSpan.strict().refine(endAfterStart, { message: "must be after start", path: ["end"] });
export type TRejectSpan = z.infer<typeof ZRejectSpan>;

export const ZRejectSuggestion = ZSpan.extend({ documentId: z.string().min(1).max(64) })
  .strict()
  .refine(endAfterStart, { message: "must be after start", path: ["end"] });
export type TRejectSuggestion = z.infer<typeof ZRejectSuggestion>;
