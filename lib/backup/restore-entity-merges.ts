// An entity may be merged into one that sorts after it, so entities go in unmerged and their
// mergedIntoId is set once every entity of the project exists.
import type { Sql } from "postgres";

export async function collectEntityMerges(sql: Sql, json: string): Promise<void> {
  await sql.unsafe(
    `CREATE TEMP TABLE IF NOT EXISTS restore_entity_merge (id text PRIMARY KEY, merged_into text NOT NULL) ON COMMIT DROP`,
  );
  await sql.unsafe(
    `INSERT INTO restore_entity_merge SELECT r."id", r."mergedIntoId" FROM json_populate_recordset(NULL::"Entity", $1::text::json) r WHERE r."mergedIntoId" IS NOT NULL`,
    [json],
  );
}

export async function applyEntityMerges(sql: Sql, projectId: string): Promise<void> {
  await sql.unsafe(`CREATE TEMP TABLE IF NOT EXISTS restore_entity_merge (id text PRIMARY KEY, merged_into text NOT NULL) ON COMMIT DROP`);
  await sql.unsafe(
    `UPDATE "Entity" e SET "mergedIntoId" = m.merged_into FROM restore_entity_merge m WHERE e."id" = m.id AND e."projectId" = $1`,
    [projectId],
  );
}
