// Each format's file name, media type and bytes, for live exports and releases alike.
import type { ExportSession } from "./export-session";
import { packageName } from "./datapackage-descriptor";
import type { ExportPlan } from "./plan-export";
import type { TExportFilter, TExportFormat } from "./schemas";
import { csvChunks, datapackageChunks, jsonlChunks, w3cChunks } from "./write-export";

export const FORMAT_FILES: Record<TExportFormat, { fileName: string; mediaType: string }> = {
  csv: { fileName: "claims.csv", mediaType: "text/csv; charset=utf-8; header=present" },
  jsonl: { fileName: "claims.jsonl", mediaType: "application/x-ndjson; charset=utf-8" },
  w3c: { fileName: "claims.w3c.jsonld", mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  datapackage: { fileName: "datapackage.zip", mediaType: "application/zip" },
};

export interface FormatContext {
  /** Origin for the W3C ids, without a trailing slash. */
  base: string;
  /** IRI of the W3C collection (the URL it is served from). */
  collectionId: string;
  /** A title: the project's name, or the release's. */
  title: string;
  filter: TExportFilter;
  now: Date;
}

export function formatChunks(format: TExportFormat, session: ExportSession, plan: ExportPlan, ctx: FormatContext): AsyncIterable<Uint8Array> {
  switch (format) {
    case "csv":
      return csvChunks(session, plan);
    case "jsonl":
      return jsonlChunks(session, plan);
    case "w3c":
      return w3cChunks(session, plan, { base: ctx.base, collectionId: ctx.collectionId, label: `Claims: ${ctx.title}`, now: ctx.now });
    case "datapackage":
      return datapackageChunks(session, plan, {
        name: packageName(ctx.title),
        title: ctx.title,
        description: "Claims with their evidence spans (exact quotes, UTF-16 and code point offsets), documents, entities and reviews.",
        now: ctx.now,
        filter: ctx.filter,
      });
  }
}
