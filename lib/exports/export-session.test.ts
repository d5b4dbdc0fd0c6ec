// The export connection stays usable after a COPY whose reader was slower than the server (the
// socket must not stay paused: porsager/postgres#499), and commits or drops cleanly.
import { describe, expect, it } from "vitest";
import { openExportSession } from "./export-session";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, sleep(ms).then(() => Promise.reject(new Error(`no answer in ${ms} ms`)))]);

describe("export session", () => {
  it("answers the next query after a slowly read COPY, every time", async () => {
    const session = await openExportSession();
    try {
      for (let round = 0; round < 5; round++) {
        const stream = await session.copy(`COPY (SELECT g, repeat('x', 200) FROM generate_series(1, 3000) g) TO STDOUT WITH (FORMAT csv)`);
        let bytes = 0;
        for await (const chunk of stream) {
          bytes += (chunk as Buffer).length;
          await sleep(1);
        }
        expect(bytes).toBeGreaterThan(600_000);
        const [row] = await within(session.query<{ n: number }>(`SELECT ${round} AS n`), 5000);
        expect(row?.n).toBe(round);
      }
    } finally {
      await session.close();
    }
  });

  it("reads in one snapshot and refuses writes", async () => {
    const session = await openExportSession();
    await expect(session.query(`CREATE TABLE "ExportSessionProbe" (id int)`)).rejects.toThrow(/read-only/);
    await session.close(new Error("done"));
  });
});
