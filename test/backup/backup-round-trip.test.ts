// A whole project backed up and restored into an empty second instance (another database on the
// test server) comes back identical, row by row, with an event chain that verifies on both sides;
// a damaged, tampered or conflicting archive is refused and writes nothing.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { verifyChain } from "@/lib/provenance/verify-chain";
import { type BackupData, createBackupData } from "../support/backup-data";
import { dumpProject, tableCounts, tablesOutsideBackup } from "../support/project-dump";
import { createSecondDatabase, type SecondDatabase } from "../support/second-database";
import { DERIVED_TABLES, INSTANCE_TABLES, TRANSIENT_TABLES } from "@/lib/backup/backup-parts";
import { exportProjectBackup } from "@/lib/backup/export-project-backup";
import { importProjectBackup } from "@/lib/backup/import-project-backup";
import { verifyChainOn } from "@/lib/backup/verify-chain-sql";

const sourceUrl = () => process.env.DATABASE_URL ?? "";
let data: BackupData;
let archive: Buffer;
let target: SecondDatabase;

async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const restore = (bytes: Buffer, url: string) => importProjectBackup({ source: Readable.from([bytes]), url, actorId: null, via: "cli" });

/** The archive's lines with `edit` applied, compressed again. */
function edited(edit: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(archive).toString("utf8").split("\n").filter(Boolean);
  return gzipSync(`${edit(lines).join("\n")}\n`);
}

async function refusedWith(bytes: Buffer, url: string, code: string, message: RegExp): Promise<void> {
  const before = await tableCounts(url);
  const error = await restore(bytes, url).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
  expect(await tableCounts(url)).toEqual(before);
}

async function chainOn(url: string, projectId: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await verifyChainOn(sql, projectId);
  } finally {
    await sql.end();
  }
}

beforeAll(async () => {
  [data, target] = await Promise.all([createBackupData(), createSecondDatabase()]);
  archive = await collect((await exportProjectBackup({ projectId: data.team.projectId })).body);
}, 120_000);

afterAll(async () => {
  await target?.dispose();
});

describe("project backup", () => {
  it("covers every table that is not the instance's own", async () => {
    expect(await tablesOutsideBackup(sourceUrl(), [...INSTANCE_TABLES, ...TRANSIENT_TABLES, ...DERIVED_TABLES])).toEqual([]);
  });

  it("refuses a tampered row, writing nothing", async () => {
    const tampered = edited((lines) => lines.map((l) => l.replace("Deputy Supreme Leader", "Deputy Supreme Leadr")));
    expect(tampered.equals(archive)).toBe(false);
    await refusedWith(tampered, target.url, "invalid_input", /sha256 of (Document|Annotation|Claim)/);
  });

  it("refuses an archive whose event log was edited even with its hashes recomputed", async () => {
    const forged = edited((lines) => {
      const i = lines.findIndex((l) => l.includes('"type":"claim.created"'));
      lines[i] = (lines[i] ?? "").replace('"claim.created"', '"claim.imported"');
      return rehash(lines);
    });
    await refusedWith(forged, target.url, "invalid_input", /event chain does not verify/);
  });

  it("refuses an archive whose Merkle log was edited even with its hashes recomputed: a head, a node", async () => {
    const forgedHead = edited((lines) => {
      const part = lines.findIndex((l) => l.startsWith('{"part":"LogHead"'));
      lines[part + 1] = (lines[part + 1] ?? "").replace(/"rootHash":"[0-9a-f]{64}"/, `"rootHash":"${"0".repeat(64)}"`);
      return rehash(lines);
    });
    await refusedWith(forgedHead, target.url, "invalid_input", /Merkle log does not verify: the log head of size \d+ has no valid signature/);
    const forgedNode = edited((lines) => {
      const part = lines.findIndex((l) => l.startsWith('{"part":"LogNode"'));
      lines[part + 1] = (lines[part + 1] ?? "").replace(/"hash":"\\\\x[0-9a-f]{64}"/, `"hash":"\\\\x${"ab".repeat(32)}"`);
      return rehash(lines);
    });
    await refusedWith(forgedNode, target.url, "invalid_input", /Merkle log does not verify: event 1 does not match its leaf/);
  });

  it("refuses a cut-short archive, another format version and bytes that are not gzip", async () => {
    await refusedWith(archive.subarray(0, Math.floor(archive.length * 0.8)), target.url, "invalid_input", /cut short|not gzip/);
    await refusedWith(edited((lines) => [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)]), target.url, "invalid_input", /format version 2/);
    await refusedWith(Buffer.from("PK\u0003\u0004 not a backup"), target.url, "invalid_input", /not gzip/);
  });

  it("restores into an empty instance identically: every row of every table, and the event chain", async () => {
    const report = await restore(archive, target.url);
    const projectId = data.team.projectId;
    expect(report.projectId).toBe(projectId);
    expect(report.users).toEqual({ created: 4, matchedByEmail: 0 });

    const [before, after] = await Promise.all([dumpProject(sourceUrl(), projectId), dumpProject(target.url, projectId)]);
    const restoredEvent = after.Event?.pop();
    expect(JSON.parse(restoredEvent ?? "{}")).toMatchObject({ type: "project.restored", actorId: null, seq: before.Event?.length ? before.Event.length + 1 : 0 });
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    // The project really is rich: a claim of a count, an orphan, a merge, a release's bytes.
    expect(before.Document).toHaveLength(4);
    expect(before.Artifact).toHaveLength(1);
    expect(before.ArtifactChunk).toHaveLength(1);
    expect(before.SourceJob).toHaveLength(1);
    expect(before.Document!.filter((r) => r.includes('"artifactSha256":"'))).toHaveLength(1);
    expect(before.AnnotationAnchor!.length).toBeGreaterThan(before.Annotation!.length - 3);
    expect(before.Annotation!.some((r) => r.includes('"status":"orphaned"'))).toBe(true);
    expect(before.EntityMerge).toHaveLength(1);
    expect(before.ReleaseFile).toHaveLength(6);
    expect(before.LogNode!.length).toBeGreaterThan(before.Event!.length);
    expect(before.LogHead!.length).toBeGreaterThan(0);
    expect(before.ReleaseFileChunk!.length).toBeGreaterThanOrEqual(4);
    for (const table of ["Membership", "ClaimType", "Review", "Comment", "Assignment", "ClaimEvidence", "ClaimEntity", "SuggestionRejection"]) expect(before[table]!.length, table).toBeGreaterThan(0);

    const source = await verifyChain(projectId);
    const restored = await chainOn(target.url, projectId);
    expect(source.ok).toBe(true);
    expect(restored).toMatchObject({ ok: true, count: source.count + 1 });
    expect(report.headHash).toBe(restored.headHash);
  });

  it("refuses a project that already exists, here or there", async () => {
    await refusedWith(archive, target.url, "conflict", /already exists/);
    await refusedWith(archive, sourceUrl(), "conflict", /already exists/);
  });
});

describe("a restore onto an instance where a member already has an account (by email)", () => {
  it("rewrites the project's rows to that account, keeps the event log verbatim, and still verifies", async () => {
    const third = await createSecondDatabase();
    try {
      const sql = postgres(third.url, { max: 1, onnotice: () => {} });
      await sql`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ('usr_local_reviewer', ${data.team.reviewer.email}, 'Local', 'x')`;
      await sql.end();
      const before = await tableCounts(third.url);
      const asReviewer = importProjectBackup({ source: Readable.from([archive]), url: third.url, actorId: "usr_local_reviewer", requireOwner: "usr_local_reviewer", via: "api" });
      await expect(asReviewer).rejects.toMatchObject({ code: "forbidden" });
      expect(await tableCounts(third.url)).toEqual(before);
      const report = await restore(archive, third.url);
      expect(report.users).toEqual({ created: 3, matchedByEmail: 1 });
      const after = await dumpProject(third.url, data.team.projectId);
      const memberships = after.Membership!.map((l) => JSON.parse(l) as { userId: string; role: string });
      expect(memberships).toContainEqual(expect.objectContaining({ userId: "usr_local_reviewer", role: "reviewer" }));
      expect(after.Review!.every((l) => l.includes('"reviewerId":"usr_local_reviewer"'))).toBe(true);
      expect(after.Event!.some((l) => l.includes(`"actorId":"${data.team.reviewer.id}"`))).toBe(true);
      expect((await chainOn(third.url, data.team.projectId)).ok).toBe(true);
    } finally {
      await third.dispose();
    }
  });
});

/** Recomputes every part's sha256 and the manifest, as a forger would. */
function rehash(lines: string[]): string[] {
  const manifestLine = lines.at(-1) ?? "";
  const manifest = JSON.parse(manifestLine).manifest as { parts: { name: string; rows: number; sha256: string }[] };
  let i = 1;
  for (const part of manifest.parts) {
    const header = JSON.parse(lines[i] ?? "{}") as { rows: number };
    const rows = lines.slice(i + 1, i + 1 + header.rows);
    part.sha256 = createHash("sha256").update(rows.map((r) => `${r}\n`).join("")).digest("hex");
    i += 1 + header.rows;
  }
  return [...lines.slice(0, -1), JSON.stringify({ manifest })];
}
