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
} finally {
  await database.close();
}
