// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";

const database = await openDatabase();
try {
  const result = await migrate(database.url, { log: console.log });
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied`);
} finally {
  await database.close();
}
