// Every export format as plain data, in the order the export page lists them and a release stores
// them; the first is the default. The page, the API's contracts and OpenAPI text, releases and the
// command line read this list, and index.ts joins each entry to its writer (one module per format
// beside this file), so this file stays safe for the browser: the contracts travel to it.
import * as z from "zod";
import { exportQueryWith } from "../schemas";
import { defineExportFormatInfo, type ExportFormatInfo } from "./export-format";

export const EXPORT_FORMAT_INFOS = [
  defineExportFormatInfo({
    id: "csv",
    label: "CSV",
    hint: "One row per claim and evidence span; opens in R, Python, spreadsheets.",
    fileName: "claims.csv",
    mediaType: "text/csv; charset=utf-8; header=present",
    unit: "rows",
    progress: { by: "csv-records" },
    inReleases: true,
    countsContents: false,
  }),
  defineExportFormatInfo({
    id: "jsonl",
    label: "JSON Lines",
    hint: "One claim per line, nested: fields, evidence, attribution, reviews.",
    fileName: "claims.jsonl",
    mediaType: "application/x-ndjson; charset=utf-8",
    unit: "claims",
    progress: { by: "lines", skip: 0 },
    inReleases: true,
    countsContents: false,
  }),
  defineExportFormatInfo({
    id: "w3c",
    label: "W3C Web Annotation",
    hint: "An AnnotationCollection (JSON-LD) targeting the evidence spans.",
    fileName: "claims.w3c.jsonld",
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    unit: "claims",
    progress: { by: "lines", skip: 1 },
    inReleases: true,
    countsContents: false,
  }),
  defineExportFormatInfo({
    id: "datapackage",
    label: "Data package",
    hint: "A zip of CSV tables (claims, evidence, documents, entities, reviews) with datapackage.json.",
    fileName: "datapackage.zip",
    mediaType: "application/zip",
    unit: "claims",
    progress: { by: "none" },
    inReleases: true,
    countsContents: true,
  }),
] as const;

export type TExportFormat = (typeof EXPORT_FORMAT_INFOS)[number]["id"];

const IDS = EXPORT_FORMAT_INFOS.map((f) => f.id) as [TExportFormat, ...TExportFormat[]];

export const DEFAULT_FORMAT: TExportFormat = IDS[0];

export const ZExportFormat = z.enum(IDS);

/** `GET .../export?format=csv&status=approved&type=...&documentId=...&entityId=...&from=...&to=...` */
export const ZExportQuery = exportQueryWith(
  ZExportFormat.default(DEFAULT_FORMAT).describe(`One of: ${EXPORT_FORMAT_INFOS.map((f) => `\`${f.id}\` (${f.label}, ${f.fileName})`).join(", ")}. Default \`${DEFAULT_FORMAT}\`.`),
);
export type TExportQuery = z.infer<typeof ZExportQuery>;

/** The formats every release stores, in order. */
export const RELEASE_FORMAT_INFOS: readonly ExportFormatInfo<TExportFormat>[] = EXPORT_FORMAT_INFOS.filter((f) => f.inReleases);

/** The formats as plain data, for the export page's browser code. */
export function exportFormatInfos(): ExportFormatInfo<TExportFormat>[] {
  return [...EXPORT_FORMAT_INFOS];
}
