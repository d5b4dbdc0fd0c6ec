import postgres from "postgres";
import { readFileSync } from "node:fs";
const sql = postgres(readFileSync("/tmp/bx/url", "utf8"), { max: 1 });
const q = readFileSync(process.env.Q!, "utf8");
for (const r of await sql.unsafe(`EXPLAIN (ANALYZE) ${q}`)) console.log(r["QUERY PLAN"]);
await sql.end();
