// plannedEachTime: the query is sent as an unnamed statement (planned for the tables as they are at
// each call), where every other hot query stays a named, prepared one reused by the connection.
import postgres from "postgres";
import { afterAll, expect, test } from "vitest";
import { plannedEachTime } from "./sql";

const sql = postgres(process.env.DATABASE_URL!, { max: 1, prepare: true, onnotice: () => {} });
afterAll(() => sql.end());

const prepared = async (marker: string) =>
  Number((await sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE ${`%${marker}%`} AND statement NOT LIKE '%pg_prepared_statements%'`)[0]!.n);

test("a query planned each time is never kept as a prepared statement; a plain one is", async () => {
  for (let i = 0; i < 3; i++) await plannedEachTime(sql`SELECT ${i}::int AS "planned_each_time_marker"`);
  expect(await prepared("planned_each_time_marker")).toBe(0);
  for (let i = 0; i < 3; i++) await sql`SELECT ${i}::int AS "prepared_once_marker"`;
  expect(await prepared("prepared_once_marker")).toBe(1);
});
