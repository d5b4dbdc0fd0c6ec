// Restores a project from an archive into this instance, in one transaction: every row is checked
// against the archive's sha256s and the event chain is recomputed before anything commits, so a
// damaged, tampered or truncated archive (or a crash half-way) leaves nothing behind. Ids are kept;
// the event log is copied verbatim, so its chain (per project) verifies here as it did there, and a
// `project.restored` event is appended to it.
import { createHash } from "node:crypto";
import type { Sql, TransactionSql } from "postgres";
import * as z from "zod";
import { AppError } from "../errors";
import { sequenceProject } from "../log/sequence-project";
import { eventHash } from "../provenance/event-hash";
import { corrupt, ArchiveReader } from "./archive-reader";
import { backupConnection } from "./backup-connection";
import { BACKUP_FORMAT, BACKUP_VERSION, type TBackupHeader, USERS_PART, ZBackupHeader, ZBackupManifest, ZPartLine } from "./backup-format";
import { PARTS, USER_COLUMNS } from "./backup-parts";
import { insertPart } from "./insert-part";
import { applyEntityMerges, collectEntityMerges } from "./restore-entity-merges";
import { type ArchivedUser, restoreUsers, type UserMatch } from "./restore-users";
import { tableColumns } from "./table-columns";
import { verifyChainOn } from "./verify-chain-sql";
import { verifyLogOn } from "./verify-log-sql";

export interface RestoreReport {
  projectId: string;
  projectName: string;
  rows: Record<string, number>;
  events: number;
  headHash: string;
  users: { created: number; matchedByEmail: number };
}

export interface RestoreOptions {
  source: AsyncIterable<Uint8Array>;
  url?: string;
  /** Who restores (recorded in the `project.restored` event); null from the command line. */
  actorId: string | null;
  /** Refuse unless this local user is an owner of the restored project (API callers). */
  requireOwner?: string;
  via: "api" | "cli" | "page";
  now?: Date;
}

async function readHeader(sql: Sql, reader: ArchiveReader): Promise<{ header: TBackupHeader; sha256: string }> {
  const header = await reader.expect("header", ZBackupHeader);
  if (header.format !== BACKUP_FORMAT) throw corrupt(`its format is "${header.format}", not ${BACKUP_FORMAT}`);
  if (header.version !== BACKUP_VERSION) {
    throw new AppError("invalid_input", `This backup is format version ${header.version}; this workbench reads version ${BACKUP_VERSION}.`);
  }
  const [taken] = await sql`SELECT 1 FROM "Project" WHERE "id" = ${header.projectId}`;
  if (taken) throw new AppError("conflict", `Project ${header.projectId} already exists here; a backup restores only into an instance without it.`);
  return { header, sha256: createHash("sha256").update(`${JSON.stringify({ header })}\n`).digest("hex") };
}

const ZArchivedUser = z.object({ id: z.string().min(1), email: z.string().min(3), name: z.string(), createdAt: z.string() });

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

async function readUsers(reader: ArchiveReader): Promise<{ users: ArchivedUser[]; sha256: string }> {
  const line = await reader.expect("part", ZPartLine);
  if (line.part !== USERS_PART || line.columns.some((c) => !(USER_COLUMNS as readonly string[]).includes(c))) throw corrupt("the user list is missing or malformed");
  const hash = createHash("sha256");
  const users: ArchivedUser[] = [];
  for (let i = 0; i < line.rows; i++) {
    const row = await reader.next();
    if (row === null) throw corrupt("the user list is cut short");
    hash.update(`${row}\n`);
    const user = ZArchivedUser.safeParse(parseJson(row));
    if (!user.success) throw corrupt(`user ${i + 1} of its user list is malformed`);
    users.push(user.data);
  }
  return { users, sha256: hash.digest("hex") };
}

async function restoreInto(tx: TransactionSql, options: RestoreOptions): Promise<RestoreReport> {
  const sql = tx as unknown as Sql;
  const reader = new ArchiveReader(options.source);
  const { header, sha256: headerSha256 } = await readHeader(sql, reader);
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${"events:" + header.projectId}, 0))`;
  const hashes: Record<string, string> = {};
  const rows: Record<string, number> = {};
  const archived = await readUsers(reader);
  hashes[USERS_PART] = archived.sha256;
  rows[USERS_PART] = archived.users.length;
  const users: UserMatch = await restoreUsers(sql, archived.users);
  for (const part of PARTS) {
    const line = await reader.expect("part", ZPartLine);
    if (line.part !== part.table) throw corrupt(`expected the part ${part.table}, found ${line.part}`);
    const known = new Set(await tableColumns(sql, part.table));
    const unknown = line.columns.filter((c) => !known.has(c));
    if (unknown.length > 0) throw corrupt(`${part.table} has columns this database lacks (${unknown.join(", ")}): made by a newer version?`);
    const onBatch = part.table === "Entity" ? collectEntityMerges : undefined;
    hashes[part.table] = await insertPart(sql, reader, { part, columns: line.columns, rows: line.rows, remap: users.remap }, onBatch);
    rows[part.table] = line.rows;
    if (part.table === "Entity") await applyEntityMerges(sql, header.projectId);
  }
  const manifest = await reader.expect("manifest", ZBackupManifest);
  if ((await reader.next()) !== null) throw corrupt("there is more after its manifest");
  checkManifest(manifest, header, headerSha256, hashes, rows);

  const chain = await verifyChainOn(sql, header.projectId);
  if (!chain.ok || chain.count !== header.headSeq || chain.headHash !== header.headHash) {
    throw corrupt(`its event chain does not verify (broken at event ${chain.brokenAtSeq ?? chain.count + 1})`);
  }
  const log = await verifyLogOn(sql, header.projectId);
  if (log) throw corrupt(`its Merkle log does not verify: ${log}`);
  if (options.requireOwner) {
    const [owner] = await sql`SELECT 1 FROM "Membership" WHERE "projectId" = ${header.projectId} AND "userId" = ${options.requireOwner} AND "role" = 'owner'`;
    if (!owner) throw new AppError("forbidden", "Only an owner of the backed-up project (by email) may restore it.");
  }
  const head = await appendRestoredEvent(sql, header, chain, { ...options, rows, users });
  return {
    projectId: header.projectId,
    projectName: header.projectName,
    rows,
    events: chain.count + 1,
    headHash: head,
    users: { created: users.created.length, matchedByEmail: users.matchedByEmail.length },
  };
}

function checkManifest(
  manifest: ReturnType<typeof ZBackupManifest.parse>,
  header: TBackupHeader,
  headerSha256: string,
  hashes: Record<string, string>,
  rows: Record<string, number>,
): void {
  if (manifest.projectId !== header.projectId || manifest.headerSha256 !== headerSha256) throw corrupt("its header does not match its manifest");
  const listed = new Map(manifest.parts.map((p) => [p.name, p]));
  if (listed.size !== Object.keys(hashes).length) throw corrupt("its manifest lists other parts than it holds");
  for (const [name, sha256] of Object.entries(hashes)) {
    const entry = listed.get(name);
    if (!entry || entry.sha256 !== sha256 || entry.rows !== rows[name]) throw corrupt(`the sha256 of ${name} does not match its manifest`);
  }
}

async function appendRestoredEvent(
  sql: Sql,
  header: TBackupHeader,
  chain: { count: number; headHash: string },
  context: RestoreOptions & { rows: Record<string, number>; users: UserMatch },
): Promise<string> {
  const createdAt = new Date(Math.floor((context.now ?? new Date()).getTime()));
  const data = JSON.parse(
    JSON.stringify({
      via: context.via,
      backup: { version: header.version, createdAt: header.createdAt, headSeq: header.headSeq, headHash: header.headHash },
      rows: context.rows,
      users: { created: context.users.created, matchedByEmail: context.users.matchedByEmail },
    }),
  ) as Record<string, unknown>;
  const content = {
    projectId: header.projectId,
    seq: chain.count + 1,
    actorId: context.actorId,
    type: "project.restored",
    subjectType: "project",
    subjectId: header.projectId,
    data,
    createdAt: createdAt.toISOString(),
  };
  const hash = eventHash(chain.headHash, content);
  await sql.unsafe(
    `INSERT INTO "Event" ("projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", "prevHash", "hash", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10)`,
    [content.projectId, content.seq, content.actorId, content.type, content.subjectType, content.subjectId, JSON.stringify(data), chain.headHash, hash, createdAt],
  );
  return hash;
}

/** Maps the database's refusals of the archive's rows to answers a client can act on. */
function asAppError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || code.length !== 5) return error;
  const detail = (error as { detail?: string; message?: string }).detail ?? (error as Error).message;
  if (code === "23505") return new AppError("conflict", `Part of this backup already exists here (${detail}).`);
  if (code.startsWith("22") || code.startsWith("23")) return new AppError("invalid_input", `This backup's rows do not fit this database (${detail}).`);
  return error;
}

export async function importProjectBackup(options: RestoreOptions): Promise<RestoreReport> {
  const sql = backupConnection(options.url, "workbench-restore");
  try {
    const report = (await sql.begin((tx) => restoreInto(tx, options))) as RestoreReport;
    // The restored event joins the tree now (on the app's own database; another one's server does it on start or read).
    if (!options.url) await sequenceProject(report.projectId);
    return report;
  } catch (error) {
    throw asAppError(error);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
