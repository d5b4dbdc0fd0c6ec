// One step of the sequencer in two statements and no open transaction. The first reads the tree's
// size, the committed events past it and the tree's frontier; the events are hashed here; the
// second writes the new nodes and the signed head together, holding the project's sequencer lock
// (tried, never waited for) for that statement alone, and only if the tree is still the size read.
// A writer thus never holds the lock across a round trip to this process, and sequencers of other
// processes, or a reader sequencing under the lock (lib/log/sequence-project.ts), exclude it.
import type postgres from "postgres";
import { sql } from "../db/sql";
import { appendLeaves } from "./append-leaves";
import type { LeafEvent } from "./leaf-input";
import { signHead } from "./sign-head";
import { nodeKey } from "./tree-ranges";

/** Events hashed per step; a long backlog (after a crash, a restore) takes several. */
export const BATCH = 5000;

export const sequencerLockKey = (projectId: string) => `log:${projectId}`;

export type PassOutcome =
  /** `lastSeq`: the newest event committed when the head was written, in the tree or not. */
  | { kind: "done"; treeSize: number; added: number; lastSeq: number }
  /** Another sequencer holds the project; it looks again after its step. */
  | { kind: "busy" }
  /** The tree grew between the read and the write: read again. */
  | { kind: "moved" };

interface Read {
  size: number;
  lastSeq: number;
  events: LeafEvent[];
  frontier: { level: number; index: number; hash: string }[];
}

async function readStep(s: postgres.Sql, projectId: string): Promise<Read> {
  // createdAt as toISOString() writes it; the frontier (one node per set bit of the size) by primary key.
  const [read] = await s<Read[]>`
    WITH head AS (SELECT coalesce(max(h."treeSize"), 0) AS "size" FROM "LogHead" h WHERE h."projectId" = ${projectId})
    SELECT head."size",
      (SELECT coalesce(max(e."seq"), 0) FROM "Event" e WHERE e."projectId" = ${projectId}) AS "lastSeq",
      coalesce((SELECT json_agg(x ORDER BY x."seq") FROM (
        SELECT e."projectId", e."seq", e."actorId", e."type", e."subjectType", e."subjectId", e."data",
          to_char(e."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
        FROM "Event" e WHERE e."projectId" = ${projectId} AND e."seq" > head."size" ORDER BY e."seq" LIMIT ${BATCH}::int) x), '[]'::json) AS "events",
      coalesce((SELECT json_agg(json_build_object('level', n."level", 'index', n."index", 'hash', encode(n."hash", 'hex')))
        FROM generate_series(0, 30) AS l("level")
        JOIN "LogNode" n ON n."projectId" = ${projectId} AND n."level" = l."level" AND n."index" = (head."size" >> l."level") - 1
        WHERE (head."size" >> l."level") & 1 = 1), '[]'::json) AS "frontier"
    FROM head`;
  return read!;
}

export async function sequencePass(projectId: string, now: () => Date): Promise<PassOutcome> {
  const s = sql();
  const read = await readStep(s, projectId);
  const { size } = read;
  // Seqs are dense (the chain hands them out under its lock); a gap would mean an event not yet visible.
  const gap = read.events.findIndex((e, i) => e.seq !== size + i + 1);
  const batch = gap < 0 ? read.events : read.events.slice(0, gap);
  if (batch.length === 0) return { kind: "done", treeSize: size, added: 0, lastSeq: read.lastSeq };

  const nodes = new Map(read.frontier.map((n) => [nodeKey(n), Buffer.from(n.hash, "hex")]));
  const { fresh, treeSize, rootHash } = appendLeaves(size, nodes, batch);
  const head = signHead(projectId, treeSize, rootHash, now());
  let written: { locked: boolean; current: boolean; lastSeq: number } | undefined;
  try {
    [written] = await s<{ locked: boolean; current: boolean; lastSeq: number }[]>`
      WITH step AS (
        SELECT pg_try_advisory_xact_lock(hashtextextended(${sequencerLockKey(projectId)}, 0)) AS "locked",
          coalesce((SELECT max(h."treeSize") FROM "LogHead" h WHERE h."projectId" = ${projectId}), 0) = ${size}::int AS "current"
      ), nodes AS (
        INSERT INTO "LogNode" ("projectId", "level", "index", "hash")
        SELECT ${projectId}, t."level", t."index", decode(t."hash", 'hex')
        FROM unnest(${fresh.map((n) => n.level)}::smallint[], ${fresh.map((n) => n.index)}::int[], ${fresh.map((n) => n.hash.toString("hex"))}::text[]) AS t("level", "index", "hash")
        WHERE (SELECT "locked" AND "current" FROM step)
      ), signed AS (
        INSERT INTO "LogHead" ("projectId", "treeSize", "rootHash", "timestamp", "keyId", "signature")
        SELECT ${projectId}, ${treeSize}::int, ${rootHash}, ${head.timestamp.toISOString()}::timestamptz, ${head.keyId}, ${head.signature}
        WHERE (SELECT "locked" AND "current" FROM step)
      )
      SELECT step."locked", step."current", (SELECT coalesce(max(e."seq"), 0) FROM "Event" e WHERE e."projectId" = ${projectId}) AS "lastSeq" FROM step`;
  } catch (error) {
    // Another sequencer committed the same nodes after this statement's snapshot was taken.
    if ((error as { code?: unknown }).code === "23505") return { kind: "moved" };
    throw error;
  }
  if (!written?.locked) return { kind: "busy" };
  if (!written.current) return { kind: "moved" };
  return { kind: "done", treeSize, added: batch.length, lastSeq: written.lastSeq };
}
