import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "../db/url";
import { openQueue, queueSettings, SOURCE_QUEUE } from "./queue";

const schemas: string[] = [];
afterAll(async () => {
  const sql = postgres(requireDatabaseUrl(), { max: 1, onnotice: () => {} });
  for (const schema of schemas) await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await sql.end();
});

describe("openQueue", () => {
  it("starts in several processes at once on a fresh database: each one gets a working queue", async () => {
    // As `npm start` does with one app process per core: every one opens the queue at the same moment.
    for (let round = 0; round < 3; round++) {
      const schema = `pgboss_race_${round}`;
      schemas.push(schema);
      const bosses = await Promise.all(Array.from({ length: 4 }, () => openQueue(queueSettings(), schema)));
      const ids = await Promise.all(bosses.map((boss, i) => boss.send(SOURCE_QUEUE, { round, i })));
      expect(ids.every((id) => typeof id === "string")).toBe(true);
      expect((await bosses[0]!.getQueueSize(SOURCE_QUEUE)) >= 4).toBe(true);
      await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true, close: true })));
    }
  });
});
