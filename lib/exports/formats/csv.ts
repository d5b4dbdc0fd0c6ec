// CSV: one row per claim × evidence span, straight from COPY; the column list is in README.md and
// in datapackage.json.
import { flatColumns, flatSql } from "../export-sql";
import { copyCsvCrlf } from "./claim-streams";
import type { FormatWriter } from "./export-format";

export const writeCsv: FormatWriter = async function* (session, plan) {
  yield* await copyCsvCrlf(session, flatSql(plan.compiled, flatColumns(plan.fieldColumns)));
};
