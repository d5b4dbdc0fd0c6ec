// Annotation input: a span by offsets (UTF-16 code units) or by quote, shared by the reader and the API.
import * as z from "zod";

const ZNote = z.string().trim().max(10_000).optional();

export const ZQuote = z
  .object({
    exact: z.string().min(1, "is empty").max(100_000),
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
  })
  .strict();

export const ZCreateAnnotation = z
  .object({
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    quote: ZQuote.optional(),
    note: ZNote,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.quote && (a.start !== undefined || a.end !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: "send either start and end, or quote, not both" });
    } else if (!a.quote) {
      for (const key of ["start", "end"] as const) {
        if (a[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: "is required (or send quote)" });
      }
    }
  });
export type TCreateAnnotation = z.infer<typeof ZCreateAnnotation>;

export const ZUpdateAnnotation = z.object({ note: z.string().trim().max(10_000).nullable() }).strict();
export type TUpdateAnnotation = z.infer<typeof ZUpdateAnnotation>;

export const ZResolveOrphan = z.discriminatedUnion("action", [
  z.object({ action: z.literal("reattach"), start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
  z.object({ action: z.literal("retire"), reason: z.string().trim().max(2000).optional() }).strict(),
]);
export type TResolveOrphan = z.infer<typeof ZResolveOrphan>;
