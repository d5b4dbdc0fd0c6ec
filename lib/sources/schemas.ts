// Input of the sources route: the text parts of an upload, a page to capture, a job's stored input.
import * as z from "zod";
import { ZLanguage, ZPartialDate } from "../documents/schemas";

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** What an uploader may say of a file (the multipart text parts), and of a page to capture. */
export const ZSourceMetadata = z
  .object({
    title: z.string().trim().min(1, "is empty").max(500).optional(),
    sourceUrl: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000).optional(),
    publisher: optionalText(300),
    author: optionalText(300),
    publishedAt: ZPartialDate.optional(),
    language: ZLanguage.optional(),
  })
  .strict();
export type TSourceMetadata = z.infer<typeof ZSourceMetadata>;

/** The text parts of an upload: metadata, and `versionOf` to add the file as a new version of a document. */
export const ZUploadFields = ZSourceMetadata.extend({ versionOf: z.string().trim().min(1).max(100).optional() }).strict();

const ZPageUrl = z.url({ protocol: /^https?$/, message: "must be an http or https URL" }).max(2000);

/** One web page to capture: a capture-url job's input. */
export const ZCaptureSource = ZSourceMetadata.omit({ sourceUrl: true }).extend({ url: ZPageUrl }).strict();
export type TCaptureSource = z.infer<typeof ZCaptureSource>;

/** Pages one request may ask to capture (one job each). */
export const CAPTURE_MAX_URLS = 50;

/**
 * JSON body of POST /sources: `{url}`, one page, or `{urls}`, a list captured in one go. One object
 * with a check rather than a union, so a wrong value is named by its path (a union says "Invalid input").
 */
export const ZCaptureRequest = ZSourceMetadata.omit({ sourceUrl: true })
  .extend({
    url: ZPageUrl.optional().describe("The page to capture. Send either `url` or `urls`."),
    urls: z
      .array(ZPageUrl)
      .min(1, "lists no page")
      .max(CAPTURE_MAX_URLS, `lists more than ${CAPTURE_MAX_URLS} pages; send them in several requests`)
      .optional()
      .describe(`Pages to capture in one go (at most ${CAPTURE_MAX_URLS}, each once): one job per page, in this order, paced per site. The other fields but \`title\` apply to every page.`),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.url !== undefined && body.urls !== undefined) ctx.addIssue({ code: "custom", path: ["urls"], message: "send either url or urls, not both" });
    if (body.url === undefined && body.urls === undefined) ctx.addIssue({ code: "custom", path: ["url"], message: "is required (or send urls, a list)" });
    if (body.urls !== undefined && body.title !== undefined) ctx.addIssue({ code: "custom", path: ["title"], message: "names one page; capture a list without it, or its pages one by one" });
    const first = new Map<string, number>();
    body.urls?.forEach((url, i) => {
      const earlier = first.get(url);
      if (earlier === undefined) first.set(url, i);
      else ctx.addIssue({ code: "custom", path: ["urls", i], message: `is the same page as urls[${earlier}]` });
    });
  })
  .meta({ id: "CaptureSource" });
export type TCaptureRequest = z.infer<typeof ZCaptureRequest>;

/** SourceJob.input of an "import-file" job. */
export interface TImportFileInput {
  sourceKind: string;
  fileName: string;
  declaredType: string;
  suggestedTitle: string;
  bytes: number;
  sha256: string;
  metadata: TSourceMetadata;
  /** The document this file is a new edition of. */
  versionOf?: string;
}
