// The bytes of each export format, produced as they stream from PostgreSQL: CSV straight from
// COPY (record ends rewritten to CRLF), JSONL and W3C from a cursor over the nested records, the
// data package as a zip whose CSV entries are COPY streams, read one after another.
import { Readable } from "node:stream";
import yazl from "yazl";
import type { ClaimRecord } from "./claim-record";
import { formatJsonlLine } from "./claim-record";
import { CsvRecordScanner } from "./csv-records";
import { datapackageDescriptor, type PackageInfo } from "./datapackage-descriptor";
import type { ExportSession } from "./export-session";
import { copyCsv, flatColumns, flatSql } from "./export-sql";
import { type W3cContext, w3cHead, w3cItem, w3cTail } from "./format-w3c";
import { packageTables } from "./package-tables";
import type { ExportPlan } from "./plan-export";
import { recordSql } from "./record-sql";

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

/** One row per claim × evidence span; the column list is in README.md and in datapackage.json. */
export async function* csvChunks(session: ExportSession, plan: ExportPlan): AsyncGenerator<Uint8Array> {
  yield* crlf(await session.copy(copyCsv(flatSql(plan.compiled, flatColumns(plan.fieldColumns)))));
}

async function* records(session: ExportSession, plan: ExportPlan): AsyncGenerator<ClaimRecord[]> {
  for await (const rows of session.cursor<{ record: ClaimRecord }>(recordSql(plan.compiled), 500)) yield rows.map((r) => r.record);
}

export async function* jsonlChunks(session: ExportSession, plan: ExportPlan): AsyncGenerator<Uint8Array> {
  for await (const batch of records(session, plan)) yield Buffer.from(batch.map(formatJsonlLine).join(""));
}

export async function* w3cChunks(session: ExportSession, plan: ExportPlan, ctx: W3cContext): AsyncGenerator<Uint8Array> {
  yield Buffer.from(w3cHead(ctx, plan.counts.claims));
  let first = true;
  for await (const batch of records(session, plan)) {
    yield Buffer.from(batch.map((r, i) => w3cItem(r, ctx, first && i === 0)).join(""));
    first = false;
  }
  yield Buffer.from(w3cTail());
}

export function datapackageChunks(session: ExportSession, plan: ExportPlan, info: Omit<PackageInfo, "counts">): AsyncIterable<Uint8Array> {
  const tables = packageTables(plan.compiled, plan.fieldColumns);
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const entry = { mtime: info.now, mode: 0o100644, compress: true, compressionLevel: 6 };
  zip.addBuffer(Buffer.from(datapackageDescriptor(tables, { ...info, counts: { ...plan.counts } })), "datapackage.json", entry);
  for (const table of tables) {
    zip.addReadStreamLazy(`${table.name}.csv`, entry, (done) => {
      session.copy(copyCsv(table.sql)).then(
        (stream) => done(null, Readable.from(crlf(stream))),
        (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }
  zip.end();
  return output;
}
