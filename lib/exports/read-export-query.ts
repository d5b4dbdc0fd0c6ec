// Reads an export's query string, where a filter may repeat a key (`type=role&type=event`) or
// list values with commas; unknown keys are refused so a misspelt filter never exports everything.
import { AppError } from "../errors";
import { type TExportQuery, ZExportQuery } from "./formats";

export function readExportQuery(url: URL): TExportQuery {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  const parsed = ZExportQuery.safeParse(raw);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The export query is not valid.");
  return parsed.data;
}
