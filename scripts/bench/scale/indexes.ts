// Bulk loading the usual way: drop the big tables' secondary indexes, COPY, then build them again
// (each in one sorted pass, on two connections). Indexes a constraint needs (primary keys, the
// targets of composite foreign keys) stay.
import type postgres from "postgres";

export const BIG_TABLES = ["Document", "Annotation", "AnnotationAnchor", "Claim", "ClaimEvidence", "ClaimEntity", "Entity", "SearchPosting", "SearchPair"];

export interface IndexDef {
  name: string;
  table: string;
  definition: string;
}

export async function dropSecondaryIndexes(sql: postgres.Sql): Promise<IndexDef[]> {
  const rows = await sql<IndexDef[]>`
    SELECT i.indexrelid::regclass::text AS name, t.relname AS table, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname IN ${sql(BIG_TABLES)} AND t.relnamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`;
  for (const r of rows) await sql.unsafe(`DROP INDEX ${r.name}`);
  return rows;
}

/** Builds the indexes again, the largest (full-text) first, two at a time. */
export async function createIndexes(sql: postgres.Sql, indexes: IndexDef[], log: (line: string) => void): Promise<void> {
  const queue = [...indexes].sort((a, b) => Number(b.definition.includes("gin")) - Number(a.definition.includes("gin")));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const t0 = performance.now();
      await sql.unsafe(next.definition);
      log(`  index ${next.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
}
