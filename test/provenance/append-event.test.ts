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

const seqs = async (projectId: string) =>
  (await db().event.findMany({ where: { projectId }, orderBy: { seq: "asc" }, select: { seq: true } })).map((e) => e.seq);

describe("appendEvents", () => {
  it("keeps one project's chain linear under concurrent writers", async () => {
    const { projectId, actorId } = await newProject();
    const before = (await seqs(projectId)).length;
    const writers = Array.from({ length: 30 }, (_, i) =>
      db().$transaction(async (tx) => {
        const events = Array.from({ length: 1 + (i % 3) }, (_, k) => ({ actorId, type: "test.written", subjectType: "test", subjectId: `w${i}-${k}`, data: { i, k } }));
        return appendEvents(tx, projectId, events);
      }),
    );
    const results = await Promise.all(writers);
    const total = before + results.reduce((n, _r, i) => n + 1 + (i % 3), 0);
    expect(await seqs(projectId)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(Math.max(...results.map((r) => r.lastSeq))).toBe(total);
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: total });
  });

  it("hashes what the application would: data with a seq of its own, any script, null actor", async () => {
    const { projectId } = await newProject();
    const now = new Date("1988-07-19T10:30:00.123Z");
    const data = { seq: 0, note: ',"seq":0,"subjectId":"x" \u0627\u0639\u062f\u0627\u0645 \u{1F4DC}', list: [{ seq: 7 }], n: 1.5 };
    const { seq } = await db().$transaction((tx) => appendEvent(tx, { projectId, actorId: null, type: "test.odd", subjectType: "test", subjectId: "s\"1", data }, now));
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
    const { seq } = await db().$transaction((tx) => appendEvent(tx, event));
    expect(seq).toBe(before.length + 1);
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: before.length + 1 });
  });
});
