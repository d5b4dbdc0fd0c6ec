// Where the database is. Read at call time, not at import, so scripts and tests can set it first.
import { parseEnv } from "../env.js";

export function requireDatabaseUrl(): string {
  const url = parseEnv(process.env).DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start`, which runs an embedded Postgres, or set DATABASE_URL.",
    );
  }
  return url;
}
