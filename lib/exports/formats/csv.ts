// CSV: one row per claim × evidence span, straight from COPY; the column list is in README.md and
// in datapackage.json.
import { flatColumns, flatSql } from "../export-sql";
import { copyCsvCrlf } from "./claim-streams";
import { defineExportFormat } from "./export-format";

export const csvFormat = defineExportFormat({
  id: "csv",
  label: "CSV",
  hint: "One row per claim and evidence span; opens in R, Python, spreadsheets.",
  fileName: "claims.csv",
  mediaType: "text/csv; charset=utf-8; header=present",
  unit: "rows",
  progress: { by: "csv-records" },
  inReleases: true,
  countsContents: false,
  async *write(session, plan) {
    yield* await copyCsvCrlf(session, flatSql(plan.compiled, flatColumns(plan.fieldColumns)));
  },
});
