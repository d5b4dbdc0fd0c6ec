import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createProject, createUser } from "../support/fixtures";
import { appendEvent, appendEvents } from "@/lib/provenance/append-event";
import { eventHash } from "@/lib/provenance/event-hash";
import { verifyChain } from "@/lib/provenance/verify-chain";

async function newProject() {
  const owner = await createUser("chain");
  return { projectId: await createProject(owner), actorId: owner.id };
}

const seqOf = async (projectId: string, subjectId: string) =>
  (await db().event.findFirstOrThrow({ where: { projectId, subjectId }, orderBy: { seq: "desc" }, select: { seq: true } })).seq;

const seqs = async (projectId: string) =>
  (await db().event.findMany({ where: { projectId }, orderBy: { seq: "asc" }, select: { seq: true } })).map((e) => e.seq);

describe("appendEvents", () => {
  it("keeps one project's chain linear under concurrent writers", async () => {
    const { projectId, actorId } = await newProject();
    const before = (await seqs(projectId)).length;
    const writers = Array.from({ length: 30 }, (_, i) =>
      db().$transaction(async (tx) => {
        const events = Array.from({ length: 1 + (i % 3) }, (_, k) => ({ actorId, type: "test.written", subjectType: "test", subjectId: `w${i}-${k}`, data: { i, k } }));
        await appendEvents(tx, projectId, events);
      }),
    );
    await Promise.all(writers);
    const total = before + writers.reduce((n, _w, i) => n + 1 + (i % 3), 0);
    expect(await seqs(projectId)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // A transaction's events stay together and in the order it staged them.
    const events = await db().event.findMany({ where: { projectId, type: "test.written" }, orderBy: { seq: "asc" }, select: { subjectId: true } });
    for (let i = 0; i < writers.length; i++) {
      const own = events.flatMap((e, at) => (e.subjectId.startsWith(`w${i}-`) ? [{ at, k: Number(e.subjectId.split("-")[1]) }] : []));
      expect(own.map((e) => e.k)).toEqual(Array.from({ length: 1 + (i % 3) }, (_, k) => k));
      expect(own.at(-1)!.at - own[0]!.at).toBe(own.length - 1);
    }
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: total });
  });

  it("hashes what the application would: data with a seq of its own, any script, null actor", async () => {
    const { projectId } = await newProject();
    const now = new Date("1988-07-19T10:30:00.123Z");
    const data = { seq: 0, note: ',"seq":0,"subjectId":"x" \u0627\u0639\u062f\u0627\u0645 \u{1F4DC}', list: [{ seq: 7 }], n: 1.5 };
    await db().$transaction((tx) => appendEvent(tx, { projectId, actorId: null, type: "test.odd", subjectType: "test", subjectId: "s\"1", data }, now));
    const seq = await seqOf(projectId, "s\"1");
    const stored = await db().event.findUniqueOrThrow({ where: { projectId_seq: { projectId, seq } } });
    const expected = eventHash(stored.prevHash, { projectId, seq, actorId: null, type: "test.odd", subjectType: "test", subjectId: "s\"1", data, createdAt: now.toISOString() });
    expect(stored.hash).toBe(expected);
    expect(stored.data).toEqual(data);
    expect(stored.createdAt.toISOString()).toBe(now.toISOString());
    expect(await verifyChain(projectId)).toMatchObject({ ok: true });
  });

  it("leaves no trace of a rolled-back transaction, and the chain continues from the last commit", async () => {
    const { projectId, actorId } = await newProject();
    const before = await seqs(projectId);
    const event = { projectId, actorId, type: "test.written", subjectType: "test", subjectId: "x", data: {} };
    await expect(
      db().$transaction(async (tx) => {
        await appendEvent(tx, event);
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await seqs(projectId)).toEqual(before);
    await db().$transaction((tx) => appendEvent(tx, event));
    expect(await seqOf(projectId, "x")).toBe(before.length + 1);
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: before.length + 1 });
  });

  it("makes a writer wait on another only while that one commits, not while it is still working", async () => {
    const { projectId, actorId } = await newProject();
    const before = (await seqs(projectId)).length;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let staged!: () => void;
    const slowStaged = new Promise<void>((resolve) => (staged = resolve));
    // The slow writer stages its event first, then keeps its transaction open.
    const slow = db().$transaction(
      async (tx) => {
        await appendEvent(tx, { projectId, actorId, type: "test.written", subjectType: "test", subjectId: "slow", data: {} });
        staged();
        await held;
      },
      { timeout: 20_000 },
    );
    await slowStaged;
    const started = performance.now();
    await db().$transaction((tx) => appendEvent(tx, { projectId, actorId, type: "test.written", subjectType: "test", subjectId: "quick", data: {} }));
    const quickMs = performance.now() - started;
    release();
    await slow;
    // The quick writer committed while the slow one was still open, so it chained first.
    expect(await seqOf(projectId, "quick")).toBe(before + 1);
    expect(await seqOf(projectId, "slow")).toBe(before + 2);
    expect(quickMs).toBeLessThan(10_000);
    expect(await db().eventStage.count()).toBe(0);
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: before + 2 });
  });
});
