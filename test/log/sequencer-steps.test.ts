// The sequencer's steps against the real database, as several app processes would run them: two
// steps at once (one writes, the other finds the tree moved), a writer that finds the lock held
// elsewhere (it answers at once and a head read catches up), and a backlog longer than one batch
// of writers queued behind one another.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readHead } from "@/lib/log/read-head";
import { sequencePass } from "@/lib/log/sequence-pass";
import { sequenceProject } from "@/lib/log/sequence-project";
import { verifyLog } from "@/lib/log/verify-log";
import { appendEvents } from "@/lib/provenance/append-event";
import { createProject, createUser, type TestUser } from "../support/fixtures";

let owner: TestUser;
let other: postgres.Sql;

beforeAll(async () => {
  owner = await createUser("sequencer");
  other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await other.end();
});

const write = (projectId: string, n: number, label: string) =>
  db().$transaction((tx) => appendEvents(tx, projectId, Array.from({ length: n }, (_, k) => ({ actorId: null, type: "test.written", subjectType: "test", subjectId: `${label}-${k}`, data: { k } }))));

const eventCount = (projectId: string) => db().event.count({ where: { projectId } });
const treeSize = async (projectId: string) => (await db().logHead.aggregate({ where: { projectId }, _max: { treeSize: true } }))._max.treeSize ?? 0;

/** Holds the project's sequencer lock from another connection (as another process would) while `run` runs. */
async function withLockHeldElsewhere<T>(projectId: string, run: () => Promise<T>): Promise<T> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = other.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`log:${projectId}`}, 0))`;
    locked();
    await released;
  });
  await isLocked;
  try {
    return await run();
  } finally {
    release();
    await holder;
  }
}

describe("the sequencer's steps", () => {
  it("a writer that finds the lock held elsewhere answers at once; a head read then puts every event in the tree", async () => {
    const projectId = await createProject(owner);
    await write(projectId, 2, "before");
    const size = await treeSize(projectId);
    expect(size).toBe(await eventCount(projectId));
    const outcome = await withLockHeldElsewhere(projectId, async () => {
      await write(projectId, 3, "during");
      return sequenceProject(projectId);
    });
    expect(outcome).toEqual({ treeSize: null, added: 0 });
    expect(await treeSize(projectId)).toBe(size);
    const head = await readHead(projectId);
    expect(head.treeSize).toBe(await eventCount(projectId));
    expect(await verifyLog(projectId)).toMatchObject({ ok: true, treeSize: head.treeSize });
  });

  it("two steps at once over the same events: one writes them, the other writes nothing and says the tree moved", async () => {
    const projectId = await createProject(owner);
    await withLockHeldElsewhere(projectId, () => write(projectId, 7, "pending"));
    const before = await treeSize(projectId);
    const events = await eventCount(projectId);
    expect(before).toBeLessThan(events);
    const now = () => new Date();
    const outcomes = await Promise.all([sequencePass(projectId, now), sequencePass(projectId, now)]);
    const done = outcomes.filter((o) => o.kind === "done" && o.added > 0);
    expect(done).toEqual([{ kind: "done", treeSize: events, added: events - before, lastSeq: events }]);
    const rest = outcomes.find((o) => !(o.kind === "done" && o.added > 0))!;
    expect(["moved", "busy", "done"]).toContain(rest.kind);
    if (rest.kind === "done") expect(rest.added).toBe(0);
    expect(await treeSize(projectId)).toBe(events);
    expect(await verifyLog(projectId)).toMatchObject({ ok: true, treeSize: events });
  });

  it("writers who ask while a step runs wait for the next one, which covers them all; heads only grow", async () => {
    const projectId = await createProject(owner);
    await Promise.all(Array.from({ length: 30 }, (_, i) => write(projectId, 1 + (i % 4), `w${i}`)));
    const events = await eventCount(projectId);
    expect(await treeSize(projectId)).toBe(events);
    const heads = await db().logHead.findMany({ where: { projectId }, orderBy: { treeSize: "asc" } });
    // Batched: far fewer heads than writers.
    expect(heads.length).toBeLessThan(30);
    for (let i = 1; i < heads.length; i++) expect(heads[i]!.timestamp.getTime()).toBeGreaterThanOrEqual(heads[i - 1]!.timestamp.getTime());
    expect(await verifyLog(projectId)).toMatchObject({ ok: true, treeSize: events });
  });
});
