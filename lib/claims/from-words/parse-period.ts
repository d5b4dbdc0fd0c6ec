// Dates as sources give them, to the precision they give: "1988", "July 1988", "between 1981 and
// 1988", "۱۳۶۷" is left alone (a solar year would need conversion the reader should decide).
import type { TPeriod } from "../types/shared";
import { asciiDigits } from "./digits";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(?:(${MONTHS.join("|")})\\s+)?((?:19|20)\\d\\d)\\b`, "giu");

const pad = (n: number) => String(n).padStart(2, "0");

/** Every Gregorian date in the text as a partial date: "1988", "1988-07" or "1988-07-19". */
export function findDates(original: string): string[] {
  const out: string[] = [];
  for (const m of asciiDigits(original).matchAll(DATE)) {
    const year = m[3]!;
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
    const day = month && m[1] ? Number(m[1]) : 0;
    out.push(month ? (day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year);
  }
  return out;
}

/** The span of time the words name: one date is a period on its own; two or more bound it. */
export function parsePeriod(text: string): TPeriod | undefined {
  const dates = findDates(text);
  if (!dates.length) return undefined;
  const sorted = [...dates].sort();
  return { from: sorted[0], to: sorted[sorted.length - 1] };
}
