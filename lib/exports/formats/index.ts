// Every export format, in the order the export page lists them and a release stores them; the
// first is the default. The page, the API route and its OpenAPI text, releases and the command
// line all read this list, so a format is one module beside this file and its line here.
// Server code (the writers stream from PostgreSQL): pages hand `exportFormatInfos()` to the browser.
import { z } from "zod";
import { exportQueryWith } from "../schemas";
import { csvFormat } from "./csv";
import { datapackageFormat } from "./datapackage";
import { type ExportFormat, type ExportFormatInfo, formatInfo } from "./export-format";
import { jsonlFormat } from "./jsonl";
import { w3cFormat } from "./w3c";

export const EXPORT_FORMATS = [csvFormat, jsonlFormat, w3cFormat, datapackageFormat] as const;

export type TExportFormat = (typeof EXPORT_FORMATS)[number]["id"];

const IDS = EXPORT_FORMATS.map((f) => f.id) as [TExportFormat, ...TExportFormat[]];

export const DEFAULT_FORMAT: TExportFormat = IDS[0];

export const ZExportFormat = z.enum(IDS);

/** `GET .../export?format=csv&status=approved&type=...&documentId=...&entityId=...&from=...&to=...` */
export const ZExportQuery = exportQueryWith(
  ZExportFormat.default(DEFAULT_FORMAT).describe(`One of: ${EXPORT_FORMATS.map((f) => `\`${f.id}\` (${f.label}, ${f.fileName})`).join(", ")}. Default \`${DEFAULT_FORMAT}\`.`),
);
export type TExportQuery = z.infer<typeof ZExportQuery>;

/** The formats every release stores, in order. */
export const RELEASE_FORMATS: readonly ExportFormat<TExportFormat>[] = EXPORT_FORMATS.filter((f) => f.inReleases);

export function exportFormat(id: TExportFormat): ExportFormat<TExportFormat> {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`no export format "${id}"`);
  return format;
}

/** The formats as plain data, for the export page's browser code. */
export function exportFormatInfos(): ExportFormatInfo<TExportFormat>[] {
  return EXPORT_FORMATS.map((f) => formatInfo<TExportFormat>(f));
}

export type { ExportFormat, ExportFormatInfo, FormatContext } from "./export-format";
