// Job kind "import-file": an uploaded file (staged by POST /sources) becomes a document through
// its source kind (text, HTML, PDF, ...), recognised from its bytes when it was uploaded.
import { sourceKind } from "../../sources/kinds";
import type { TImportFileInput } from "../../sources/schemas";
import { type JobKind, JobRefusal } from "../job-kind";

export const importFileJob: JobKind<TImportFileInput> = {
  kind: "import-file",
  async run(ctx) {
    const { input } = ctx;
    const kind = sourceKind(input.sourceKind);
    if (!kind) throw new JobRefusal("unknown_type", `This server cannot read files of kind “${input.sourceKind}”.`);
    const bytes = await ctx.readUpload();
    if (bytes.length !== input.bytes) throw new Error(`staged upload has ${bytes.length} bytes, expected ${input.bytes}`);
    const extraction = await kind.extract(bytes, { onProgress: ctx.progress });
    const meta = input.metadata;
    return {
      title: meta.title ?? (input.versionOf ? undefined : (extraction.metadata?.title ?? input.suggestedTitle)),
      text: extraction.text,
      format: kind.id,
      sourceUrl: meta.sourceUrl ?? null,
      publisher: meta.publisher ?? null,
      author: meta.author ?? extraction.metadata?.author ?? null,
      publishedAt: meta.publishedAt ?? null,
      language: meta.language ?? extraction.metadata?.language ?? null,
      derivation: extraction.derivation,
      pages: extraction.pages ?? null,
      layout: extraction.layout ?? null,
      artifact: { mediaType: kind.mediaType },
      ...(input.versionOf ? { versionOf: input.versionOf } : {}),
    };
  },
};
