import * as z from "zod";

export const ZRejectSuggestion = z
  .object({ documentId: z.string().min(1).max(64), start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((s) => s.start < s.end, { message: "must be after start", path: ["end"] });
export type TRejectSuggestion = z.infer<typeof ZRejectSuggestion>;
