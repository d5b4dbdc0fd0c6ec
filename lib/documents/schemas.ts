// Document input, shared by the import form and the API.
import * as z from "zod";

/** "1988", "1988-07", "1988-07-19" or a full ISO 8601 timestamp. */
export const ZPartialDate = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/,
    "must be a date like 1988, 1988-07, 1988-07-19 or an ISO 8601 timestamp",
  );

/** A BCP 47 language tag such as en, fa, ar, fa-IR. */
export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "must be a language tag such as en, fa or ar-SY");

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

export const ZCreateDocument = z
  .object({
    title: z.string().trim().min(1, "is required").max(500),
    text: z.string().min(1, "is empty").optional(),
    html: z.string().min(1, "is empty").optional(),
    sourceUrl: z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
      .max(2000)
      .optional(),
    publisher: optionalText(300),
    author: optionalText(300),
    publishedAt: ZPartialDate.optional(),
    language: ZLanguage.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.text === undefined) === (d.html === undefined)) {
      ctx.addIssue({ code: "custom", path: [d.text === undefined ? "text" : "html"], message: "send exactly one of text or html" });
    }
  });
export type TCreateDocument = z.infer<typeof ZCreateDocument>;

/** Largest stored text, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** A corrected text of an existing source; metadata not given is carried over from the version before. */
export const ZCreateVersion = z
  .object({
    text: z.string().min(1, "is empty").optional(),
    html: z.string().min(1, "is empty").optional(),
    title: z.string().trim().min(1).max(500).optional(),
    sourceUrl: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000).optional(),
    publisher: optionalText(300),
    author: optionalText(300),
    publishedAt: ZPartialDate.optional(),
    language: ZLanguage.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.text === undefined) === (d.html === undefined)) {
      ctx.addIssue({ code: "custom", path: [d.text === undefined ? "text" : "html"], message: "send exactly one of text or html" });
    }
  });
export type TCreateVersion = z.infer<typeof ZCreateVersion>;
