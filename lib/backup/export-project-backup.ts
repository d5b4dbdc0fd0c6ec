// Writes a whole project as one archive (see backup-format.ts), streamed: rows come through a
// server-side cursor inside one REPEATABLE READ snapshot, so the archive is consistent however long
// it takes and memory stays flat however large the project is.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { Sql } from "postgres";
import { notFound } from "../errors";
import { backupConnection } from "./backup-connection";
import { BACKUP_FORMAT, BACKUP_VERSION, type TBackupHeader, type TBackupManifest, USERS_PART } from "./backup-format";
import { PARTS, referencedUsersSql, USER_COLUMNS } from "./backup-parts";
import { quoteIdent, tableColumns } from "./table-columns";

export interface ProjectBackup {
  header: TBackupHeader;
  /** The gzip-compressed archive; reading it to the end commits the snapshot, stopping early releases it. */
  body: AsyncIterable<Uint8Array>;
}

interface PartQuery {
  name: string;
  columns: string[];
  count: string;
  rows: string;
  batch: number;
}

async function partQueries(sql: Sql): Promise<PartQuery[]> {
  const users = referencedUsersSql();
  const queries: PartQuery[] = [
    { name: USERS_PART, columns: [...USER_COLUMNS], count: `SELECT count(*)::int AS n FROM (${users}) u`, rows: `SELECT row_to_json(u)::text AS line FROM (${users}) u`, batch: 500 },
  ];
  for (const part of PARTS) {
    const columns = await tableColumns(sql, part.table);
    const select = `SELECT ${columns.map(quoteIdent).join(", ")} FROM ${quoteIdent(part.table)} WHERE ${part.where} ORDER BY ${part.orderBy.map(quoteIdent).join(", ")}`;
    queries.push({
      name: part.table,
      columns,
      count: `SELECT count(*)::int AS n FROM ${quoteIdent(part.table)} WHERE ${part.where}`,
      rows: `SELECT row_to_json(r)::text AS line FROM (${select}) r`,
      batch: part.cursorBatch ?? 500,
    });
  }
  return queries;
}

async function* archiveLines(sql: Sql, header: TBackupHeader, queries: PartQuery[]): AsyncGenerator<string> {
  const headerLine = `${JSON.stringify({ header })}\n`;
  yield headerLine;
  const parts: TBackupManifest["parts"] = [];
  for (const query of queries) {
    const [{ n } = { n: 0 }] = await sql.unsafe<{ n: number }[]>(query.count, [header.projectId]);
    yield `${JSON.stringify({ part: query.name, rows: n, columns: query.columns })}\n`;
    const hash = createHash("sha256");
    let written = 0;
    for await (const batch of sql.unsafe<{ line: string }[]>(query.rows, [header.projectId]).cursor(query.batch)) {
      let text = "";
      for (const row of batch) text += `${row.line}\n`;
      hash.update(text);
      written += batch.length;
      yield text;
    }
    // The snapshot makes this impossible; a mismatch would mean an archive that cannot be restored.
    if (written !== n) throw new Error(`backup of ${query.name}: counted ${n} rows but read ${written}`);
    parts.push({ name: query.name, rows: n, sha256: hash.digest("hex") });
  }
  const manifest: TBackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    projectId: header.projectId,
    headerSha256: createHash("sha256").update(headerLine).digest("hex"),
    parts,
  };
  yield `${JSON.stringify({ manifest })}\n`;
}

export async function exportProjectBackup(options: { projectId: string; url?: string; now?: Date }): Promise<ProjectBackup> {
  const sql = backupConnection(options.url, "workbench-backup");
  let finished = false;
  const close = async (ok: boolean) => {
    if (finished) return;
    finished = true;
    await (ok ? sql`COMMIT`.then(() => sql.end()) : sql.end({ timeout: 0 }));
  };
  try {
    await sql`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
    const [project] = await sql<{ name: string }[]>`SELECT "name" FROM "Project" WHERE "id" = ${options.projectId}`;
    if (!project) throw notFound("project");
    const [head] = await sql<{ seq: number; hash: string }[]>`
      SELECT "seq", "hash" FROM "Event" WHERE "projectId" = ${options.projectId} ORDER BY "seq" DESC LIMIT 1`;
    const header: TBackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      projectId: options.projectId,
      projectName: project.name,
      createdAt: (options.now ?? new Date()).toISOString(),
      headSeq: head?.seq ?? 0,
      headHash: head?.hash ?? "0".repeat(64),
    };
    const queries = await partQueries(sql);
    const gzip = createGzip();
    // One batch in flight at a time: a batch of whole texts or file chunks can be megabytes.
    pipeline(Readable.from(archiveLines(sql, header, queries), { highWaterMark: 1 }), gzip).then(
      () => close(true),
      () => close(false),
    );
    return { header, body: gzip };
  } catch (error) {
    await close(false);
    throw error;
  }
}
