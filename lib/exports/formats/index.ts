// The export formats with their writers: each entry of the catalogue (catalogue.ts, plain data) joined
// to the module that writes its bytes. Server code: the writers stream from PostgreSQL and zip with
// yazl. Browser code and the API's contracts import catalogue.ts instead.
import { EXPORT_FORMAT_INFOS, RELEASE_FORMAT_INFOS, type TExportFormat } from "./catalogue";
import { writeCsv } from "./csv";
import { writeDatapackage } from "./datapackage";
import type { ExportFormat, FormatWriter } from "./export-format";
import { writeJsonl } from "./jsonl";
import { writeW3c } from "./w3c";

/** One writer per format of the catalogue: the compiler refuses a format without one. */
const WRITERS: Record<TExportFormat, FormatWriter> = { csv: writeCsv, jsonl: writeJsonl, w3c: writeW3c, datapackage: writeDatapackage };

export const EXPORT_FORMATS: readonly ExportFormat<TExportFormat>[] = EXPORT_FORMAT_INFOS.map((info) => ({ ...info, write: WRITERS[info.id] }));

/** The formats every release stores, in order. */
export const RELEASE_FORMATS: readonly ExportFormat<TExportFormat>[] = RELEASE_FORMAT_INFOS.map((info) => exportFormat(info.id));

export function exportFormat(id: TExportFormat): ExportFormat<TExportFormat> {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`no export format "${id}"`);
  return format;
}

export { DEFAULT_FORMAT, exportFormatInfos, type TExportFormat, type TExportQuery, ZExportFormat, ZExportQuery } from "./catalogue";
export type { ExportFormat, ExportFormatInfo, FormatContext, FormatWriter } from "./export-format";
