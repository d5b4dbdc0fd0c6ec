// The two ways export bytes leave PostgreSQL, shared by the formats: COPY ... TO STDOUT as CSV
// with its record ends rewritten to CRLF, and a cursor over the nested claim records.
import type { ClaimRecord } from "../claim-record";
import { CsvRecordScanner } from "../csv-records";
import type { ExportSession } from "../export-session";
import { copyCsv } from "../export-sql";
import type { ExportPlan } from "../plan-export";
import { recordSql } from "../record-sql";

/** COPY sends a message per row; gathering them into ~64 KB pieces keeps the work (and garbage) per byte low. */
const BATCH_BYTES = 64 * 1024;

async function* crlf(source: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  const scanner = new CsvRecordScanner();
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size < BATCH_BYTES) continue;
    yield scanner.joinCrlf(parts);
    parts = [];
    size = 0;
  }
  if (size > 0) yield scanner.joinCrlf(parts);
}

/** The CSV that a SELECT gives, header first, records ended by CRLF. */
export async function copyCsvCrlf(session: ExportSession, selectSql: string): Promise<AsyncGenerator<Uint8Array>> {
  return crlf(await session.copy(copyCsv(selectSql)));
}

/** The selected claims as nested records, 500 at a time. */
export async function* claimRecords(session: ExportSession, plan: ExportPlan): AsyncGenerator<ClaimRecord[]> {
  for await (const rows of session.cursor<{ record: ClaimRecord }>(recordSql(plan.compiled), 500)) yield rows.map((r) => r.record);
}
