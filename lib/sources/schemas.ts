// Input of the sources route: the text parts of an upload, a page to capture, a job's stored input.
import { z } from "zod";
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

/** JSON body of POST /sources: a web page to capture. */
export const ZCaptureSource = ZSourceMetadata.omit({ sourceUrl: true })
  .extend({ url: z.url({ protocol: /^https?$/, message: "must be an http or https URL" }).max(2000) })
  .strict()
  .meta({ id: "CaptureSource" });
export type TCaptureSource = z.infer<typeof ZCaptureSource>;

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
