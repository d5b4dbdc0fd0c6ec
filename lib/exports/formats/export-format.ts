// The shape every export format has: what the export page, the API route, releases, the OpenAPI
// document and the command line need to know of it (its entry in catalogue.ts, plain data the
// browser may hold), and `write`, which makes its bytes as they stream from PostgreSQL (one module
// per format in this folder, joined to its entry in index.ts).
import type { ExportSession } from "../export-session";
import type { ExportPlan } from "../plan-export";
import type { TExportFilter } from "../schemas";

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

/** What a format is, as plain data: safe to hand to the browser (the export page lists and counts by it). */
export interface ExportFormatInfo<Id extends string = string> {
  /** The `format` of the query string and the CLI's `--format`. */
  id: Id;
  /** Its name on the export page and in the API's description. */
  label: string;
  /** One line on the export page saying what the file holds. */
  hint: string;
  /** A release's file name; a live export puts the project's name before it. */
  fileName: string;
  mediaType: string;
  /** What `X-Total-Count` and the page's progress count: claim × evidence rows, or claims. */
  unit: "rows" | "claims";
  /** How the page counts units as the bytes arrive: CSV records after the header, lines after `skip` heading lines, or not at all (a zip). */
  progress: { by: "csv-records" } | { by: "lines"; skip: number } | { by: "none" };
  /** Whether every release stores a file of this format. */
  inReleases: boolean;
  /** Whether the export also counts the documents, entities and reviews it holds (a package has tables of them). */
  countsContents: boolean;
}

/** The file's bytes for what `plan` selects; the same data and context give the same bytes (releases depend on it). */
export type FormatWriter = (session: ExportSession, plan: ExportPlan, ctx: FormatContext) => AsyncIterable<Uint8Array>;

export interface ExportFormat<Id extends string = string> extends ExportFormatInfo<Id> {
  write: FormatWriter;
}

/** Keeps the id's literal type, so the catalogue's ids form the `format` enum. */
export const defineExportFormatInfo = <Id extends string>(info: ExportFormatInfo<Id>): ExportFormatInfo<Id> => info;
