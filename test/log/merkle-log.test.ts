// The Merkle log against an independent implementation of RFC 9162's verification (test/support/rfc9162.ts):
// every inclusion and consistency proof of a small log, for every tree size; signed heads under the
// published keys; and tampering with a stored event, node, head or proof is caught.
import canonicalize from "canonicalize";
import { createPublicKey, verify } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import { GET as getConsistency } from "@/app/api/v1/projects/[projectId]/log/consistency/route";
import { GET as getHead } from "@/app/api/v1/projects/[projectId]/log/head/route";
import { GET as getInclusion } from "@/app/api/v1/projects/[projectId]/log/inclusion/route";
import { GET as getKeys } from "@/app/api/v1/log/keys/route";
import { db } from "@/lib/db/client";
import { appendEvents } from "@/lib/provenance/append-event";
import { verifyChain } from "@/lib/provenance/verify-chain";
import { call } from "../support/api";
import { createProject, createUser, type TestUser } from "../support/fixtures";
import { proveConsistency, proveInclusion } from "@/lib/log/prove";
import { mth, verifyConsistency, verifyInclusion, leafHashOf } from "../support/rfc9162";
import { verifyLog } from "@/lib/log/verify-log";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser("merkle");
});

async function projectWithEvents(batches: number[]): Promise<string> {
  const projectId = await createProject(owner);
  for (const [b, n] of batches.entries()) {
    await db().$transaction((tx) =>
      appendEvents(tx, projectId, Array.from({ length: n }, (_, k) => ({ actorId: owner.id, type: "test.written", subjectType: "test", subjectId: `b${b}-${k}`, data: { b, k, note: "\u0627\u0639\u062f\u0627\u0645 \u{1F4DC}", n: 1.5 } }))),
    );
  }
  return projectId;
}

/** Leaf inputs as a reader would make them: from GET /events, canonicalised by the RFC 8785 library. */
async function leavesFromApi(projectId: string): Promise<Buffer[]> {
  const res = await call(getEvents, { token: owner.token, params: { projectId }, url: "/events?limit=500" });
  expect(res.status).toBe(200);
  return (res.body.items as Record<string, unknown>[]).map((e) =>
    Buffer.from(canonicalize({ projectId, seq: e.seq, actorId: e.actorId, type: e.type, subjectType: e.subjectType, subjectId: e.subjectId, data: e.data, createdAt: e.createdAt })!, "utf8"),
  );
}

async function headOf(projectId: string) {
  const res = await call(getHead, { token: owner.token, params: { projectId } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string };
}

async function signatureHolds(projectId: string, head: { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string }) {
  const keys = await call(getKeys, {});
  const key = (keys.body.keys as { keyId: string; publicKeyPem: string }[]).find((k) => k.keyId === head.keyId);
  if (!key) return false;
  const signed = canonicalize({ projectId, treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp })!;
  return verify(null, Buffer.from(signed, "utf8"), createPublicKey(key.publicKeyPem), Buffer.from(head.signature, "base64"));
}

describe("the Merkle log", () => {
  it("signs a head over every committed event, whose root is RFC 9162's MTH of the events as /events returns them", async () => {
    const projectId = await projectWithEvents([1, 3, 7, 2]);
    const leaves = await leavesFromApi(projectId);
    const head = await headOf(projectId);
    expect(head.treeSize).toBe(leaves.length);
    expect(head.rootHash).toBe(mth(leaves));
    expect(await signatureHolds(projectId, head)).toBe(true);
    expect(await verifyLog(projectId)).toMatchObject({ ok: true, treeSize: leaves.length });
    expect(await verifyChain(projectId)).toMatchObject({ ok: true, count: leaves.length });
  });

  it("proves every event's inclusion in every tree size, and every pair of sizes consistent", async () => {
    const projectId = await projectWithEvents([2, 5, 1, 9, 4, 1]);
    const leaves = await leavesFromApi(projectId);
    const n = leaves.length;
    const roots = [mth([]), ...leaves.map((_, i) => mth(leaves.slice(0, i + 1)))];
    for (let size = 1; size <= n; size++) {
      for (let seq = 1; seq <= size; seq++) {
        const proof = await proveInclusion(projectId, seq, size);
        expect(proof.leafHash).toBe(leafHashOf(leaves[seq - 1]!));
        expect(verifyInclusion(proof.leafIndex, size, proof.leafHash, proof.auditPath, roots[size]!), `seq ${seq} in ${size}`).toBe(true);
      }
      for (let from = 1; from <= size; from++) {
        const { proof } = await proveConsistency(projectId, from, size);
        expect(verifyConsistency(from, size, roots[from]!, roots[size]!, proof), `${from} -> ${size}`).toBe(true);
      }
    }
  });

  it("answers proofs over HTTP, and refuses sizes the log does not have with a 400 naming them", async () => {
    const projectId = await projectWithEvents([6]);
    const head = await headOf(projectId);
    const inc = await call(getInclusion, { token: owner.token, params: { projectId }, url: `/log/inclusion?seq=2&treeSize=${head.treeSize}` });
    expect(inc.status).toBe(200);
    const leaves = await leavesFromApi(projectId);
    expect(verifyInclusion(inc.body.leafIndex, head.treeSize, leafHashOf(leaves[1]!), inc.body.auditPath, head.rootHash)).toBe(true);
    const con = await call(getConsistency, { token: owner.token, params: { projectId }, url: `/log/consistency?from=3&to=${head.treeSize}` });
    expect(con.status).toBe(200);
    expect(verifyConsistency(3, head.treeSize, mth(leaves.slice(0, 3)), head.rootHash, con.body.proof)).toBe(true);
    const beyond = await call(getInclusion, { token: owner.token, params: { projectId }, url: `/log/inclusion?seq=1&treeSize=${head.treeSize + 5}` });
    expect(beyond.status).toBe(400);
    expect(JSON.stringify(beyond.body)).toContain("treeSize");
    const backwards = await call(getConsistency, { token: owner.token, params: { projectId }, url: "/log/consistency?from=4&to=2" });
    expect(backwards.status).toBe(400);
    const zero = await call(getInclusion, { token: owner.token, params: { projectId }, url: "/log/inclusion?seq=0&treeSize=1" });
    expect(zero.status).toBe(400);
  });

  it("keeps up with concurrent writers: every committed event is in the tree when their requests end, and heads only grow", async () => {
    const projectId = await projectWithEvents([1]);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        db().$transaction((tx) => appendEvents(tx, projectId, Array.from({ length: 1 + (i % 3) }, (_, k) => ({ actorId: null, type: "test.written", subjectType: "test", subjectId: `w${i}-${k}`, data: { i, k } })))),
      ),
    );
    const events = await db().event.count({ where: { projectId } });
    const heads = await db().logHead.findMany({ where: { projectId }, orderBy: { timestamp: "asc" } });
    expect(heads.at(-1)?.treeSize === events || Math.max(...heads.map((h) => h.treeSize)) === events).toBe(true);
    const sizes = [...heads].sort((a, b) => a.treeSize - b.treeSize || a.timestamp.getTime() - b.timestamp.getTime());
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!.timestamp.getTime()).toBeGreaterThanOrEqual(sizes[i - 1]!.timestamp.getTime());
    expect(await verifyLog(projectId)).toMatchObject({ ok: true, treeSize: events });
  });
});

describe("tampering", () => {
  /** Edits a row behind the append-only triggers, as someone with the database's superuser could. */
  const forge = (statement: string, ...values: unknown[]) =>
    db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRawUnsafe(statement, ...values);
    });

  it("of a stored event: its proof no longer leads to the signed root, and the log check names it", async () => {
    const projectId = await projectWithEvents([4, 4]);
    const head = await headOf(projectId);
    await forge(`UPDATE "Event" SET "data" = '{"b":0,"k":1,"forged":true}' WHERE "projectId" = $1 AND "seq" = 3`, projectId);
    const leaves = await leavesFromApi(projectId);
    const proof = await proveInclusion(projectId, 3, head.treeSize);
    expect(verifyInclusion(2, head.treeSize, leafHashOf(leaves[2]!), proof.auditPath, head.rootHash)).toBe(false);
    expect(mth(leaves)).not.toBe(head.rootHash);
    expect(await verifyLog(projectId)).toMatchObject({ ok: false, problem: "event seq 3 does not match its leaf in the tree" });
  });

  it("of a stored subtree: proofs through it fail, and the log check names the node", async () => {
    const projectId = await projectWithEvents([8]);
    const head = await headOf(projectId);
    expect(head.treeSize).toBeGreaterThan(8);
    await forge(`UPDATE "LogNode" SET "hash" = decode(repeat('ab', 32), 'hex') WHERE "projectId" = $1 AND "level" = 3 AND "index" = 0`, projectId);
    const leaves = await leavesFromApi(projectId);
    const proof = await proveInclusion(projectId, head.treeSize, head.treeSize);
    expect(verifyInclusion(head.treeSize - 1, head.treeSize, leafHashOf(leaves.at(-1)!), proof.auditPath, head.rootHash)).toBe(false);
    expect((await verifyLog(projectId)).problem).toBe("stored node 3:0 does not match the events");
  });

  it("of a signed head: its signature fails", async () => {
    const projectId = await projectWithEvents([3]);
    const head = await headOf(projectId);
    await forge(`UPDATE "LogHead" SET "rootHash" = repeat('0', 64) WHERE "projectId" = $1 AND "treeSize" = $2`, projectId, head.treeSize);
    const forged = await headOf(projectId);
    expect(forged.rootHash).toBe("0".repeat(64));
    expect(await signatureHolds(projectId, forged)).toBe(false);
    expect((await verifyLog(projectId)).problem).toMatch(/no valid signature/);
  });

  it("of a proof: any changed byte of any audit path entry fails", async () => {
    const projectId = await projectWithEvents([13]);
    const head = await headOf(projectId);
    const leaves = await leavesFromApi(projectId);
    const proof = await proveInclusion(projectId, 5, head.treeSize);
    expect(verifyInclusion(4, head.treeSize, proof.leafHash, proof.auditPath, head.rootHash)).toBe(true);
    for (let i = 0; i < proof.auditPath.length; i++) {
      const path = [...proof.auditPath];
      path[i] = `${path[i]!.slice(0, 10)}${path[i]![10] === "0" ? "1" : "0"}${path[i]!.slice(11)}`;
      expect(verifyInclusion(4, head.treeSize, leafHashOf(leaves[4]!), path, head.rootHash)).toBe(false);
    }
    expect(verifyInclusion(4, head.treeSize, leafHashOf(leaves[4]!), proof.auditPath.slice(1), head.rootHash)).toBe(false);
  });

  it("the database refuses ordinary edits of the tree and its heads", async () => {
    const projectId = await projectWithEvents([2]);
    await expect(db().$executeRawUnsafe(`UPDATE "LogNode" SET "hash" = "hash" WHERE "projectId" = $1`, projectId)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "LogHead" WHERE "projectId" = $1`, projectId)).rejects.toThrow(/append-only/);
  });
});
