// The embedded server keeps its data across restarts, and stopping it leaves no server behind.
import { mkdtemp, rm, chmod } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open-database";

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

describe("openDatabase (embedded)", () => {
  const saved = { url: process.env.DATABASE_URL, dir: process.env.PGDATA_DIR };
  let dir = "";
  afterAll(async () => {
    process.env.DATABASE_URL = saved.url;
    process.env.PGDATA_DIR = saved.dir;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("persists data in PGDATA_DIR across a stop and a start, and stops cleanly", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "workbench-persist-"));
    await chmod(dir, 0o755);
    delete process.env.DATABASE_URL;
    process.env.PGDATA_DIR = path.join(dir, "pg");

    const first = await openDatabase();
    expect(first.embedded).toBe(true);
    let sql = postgres(first.url, { max: 1, onnotice: () => {} });
    await sql`CREATE TABLE kept (v text)`;
    await sql`INSERT INTO kept VALUES ('survives')`;
    await sql.end();
    const port = Number(new URL(first.url).port);
    await first.close();
    expect(await listening(port)).toBe(false);

    const second = await openDatabase();
    sql = postgres(second.url, { max: 1, onnotice: () => {} });
    expect(await sql`SELECT v FROM kept`).toEqual([{ v: "survives" }]);
    await sql.end();
    await second.close();
  });
});
