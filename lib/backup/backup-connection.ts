// A dedicated postgres.js connection for backups and restores: UTC timestamps and hex bytea in
// row_to_json, so what one instance writes another reads back to the same values.
import postgres, { type Sql } from "postgres";
import { requireDatabaseUrl } from "../db/url";

export function backupConnection(url: string = requireDatabaseUrl(), applicationName: string): Sql {
  return postgres(url, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: applicationName, TimeZone: "UTC", bytea_output: "hex", idle_in_transaction_session_timeout: 600_000 },
  });
}
