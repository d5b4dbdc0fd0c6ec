// What a project backup holds, table by table, in the order a restore inserts them (parents before
// the rows that reference them). Columns are read from the database, so a column added by a later
// migration travels without a change here; a new project-owned table must be added to PARTS, and
// lib/backup/backup-round-trip.test.ts fails until it is.

export interface BackupPart {
  table: string;
  /** SQL selecting the part's rows of project $1 (no ORDER BY). */
  where: string;
  /** Columns the rows are ordered by, in the archive and on insert. */
  orderBy: readonly string[];
  /** Columns holding user ids: rewritten on restore when an archived user matched a local account by email. */
  userColumns: readonly string[];
  /**
   * A bigint identity column: instance-local, so a restore lets the target's sequence number the rows
   * (in their original order) instead of colliding with another project's rows.
   */
  serialId?: boolean;
  /** Rows read per cursor fetch when rows are large (whole texts, 1 MiB file chunks); default 500. */
  cursorBatch?: number;
  /** Rows shared across the instance and identified by content (public keys): one already here is kept. */
  keepExisting?: boolean;
}

const byProject = `"projectId" = $1`;

export const PARTS: readonly BackupPart[] = [
  { table: "Project", where: `"id" = $1`, orderBy: ["id"], userColumns: ["createdById"] },
  { table: "Membership", where: byProject, orderBy: ["userId"], userColumns: ["userId"] },
  { table: "ClaimType", where: byProject, orderBy: ["id"], userColumns: ["createdById"] },
  { table: "Artifact", where: byProject, orderBy: ["sha256"], userColumns: [] },
  { table: "ArtifactChunk", where: byProject, orderBy: ["sha256", "seq"], userColumns: [], cursorBatch: 2 },
  { table: "Document", where: byProject, orderBy: ["id"], userColumns: ["createdById"], cursorBatch: 10 },
  { table: "DocumentLayout", where: byProject, orderBy: ["documentId"], userColumns: [], cursorBatch: 10 },
  // Jobs' outcomes; a job still running belongs to this instance's queue and does not travel.
  { table: "SourceJob", where: `${byProject} AND "status" IN ('succeeded', 'failed')`, orderBy: ["id"], userColumns: ["createdById"] },
  // Staged uploads of finished jobs are deleted, so this part is empty; listed so none is forgotten.
  {
    table: "SourceJobChunk",
    where: `"jobId" IN (SELECT "id" FROM "SourceJob" WHERE "projectId" = $1 AND "status" IN ('succeeded', 'failed'))`,
    orderBy: ["jobId", "seq"],
    userColumns: [],
    cursorBatch: 2,
  },
  { table: "Annotation", where: byProject, orderBy: ["id"], userColumns: ["createdById", "deletedById"] },
  { table: "AnnotationAnchor", where: byProject, orderBy: ["id"], userColumns: ["createdById"], serialId: true },
  { table: "SuggestionRejection", where: byProject, orderBy: ["id"], userColumns: ["rejectedById"] },
  { table: "Entity", where: byProject, orderBy: ["id"], userColumns: ["createdById"] },
  { table: "EntityMerge", where: byProject, orderBy: ["id"], userColumns: ["judgedById"], serialId: true },
  { table: "Claim", where: byProject, orderBy: ["id"], userColumns: ["createdById", "deprecatedById"] },
  { table: "ClaimEvidence", where: byProject, orderBy: ["claimId", "annotationId"], userColumns: [] },
  { table: "ClaimEntity", where: byProject, orderBy: ["claimId", "entityId", "role"], userColumns: [] },
  { table: "Review", where: byProject, orderBy: ["id"], userColumns: ["reviewerId"] },
  { table: "Comment", where: byProject, orderBy: ["id"], userColumns: ["authorId"] },
  { table: "Assignment", where: byProject, orderBy: ["id"], userColumns: ["userId", "assignedById"] },
  { table: "Release", where: byProject, orderBy: ["id"], userColumns: ["createdById"] },
  { table: "ReleaseFile", where: byProject, orderBy: ["releaseId", "name"], userColumns: [] },
  {
    table: "ReleaseFileChunk",
    where: `"releaseId" IN (SELECT "id" FROM "Release" WHERE "projectId" = $1)`,
    orderBy: ["releaseId", "name", "seq"],
    userColumns: [],
    cursorBatch: 2,
  },
  // Copied verbatim (actor ids included) so the hash chain verifies on the restoring side.
  { table: "Event", where: byProject, orderBy: ["seq"], userColumns: [], serialId: true },
  // The Merkle log: its stored subtrees, its signed heads, and the public keys that signed them
  // (a key id is the hash of its key, so one already here is the same key). Checked on restore.
  { table: "LogNode", where: byProject, orderBy: ["level", "index"], userColumns: [], cursorBatch: 5000 },
  { table: "LogHead", where: byProject, orderBy: ["treeSize"], userColumns: [] },
  { table: "LogHeadTimestamp", where: byProject, orderBy: ["treeSize"], userColumns: [] },
  { table: "LogKey", where: `"keyId" IN (SELECT "keyId" FROM "LogHead" WHERE "projectId" = $1)`, orderBy: ["keyId"], userColumns: [], keepExisting: true },
];

/** Tables that belong to the instance, not to a project: never in a backup (users travel as the USERS part). */
export const INSTANCE_TABLES = ["User", "ApiToken", "SignInAttempt", "CaptureHostPace", "_prisma_migrations"] as const;

/** Tables the database derives from others by trigger as their rows are inserted (a restore's too): search postings and pairs. */
export const DERIVED_TABLES = ["SearchPosting", "SearchPair"] as const;

/** Tables empty outside a transaction (events staged until their COMMIT chains them): nothing to back up. */
export const TRANSIENT_TABLES = ["EventStage"] as const;

/** The users a project's rows name, with the columns a restore needs to match or create them. */
export const USER_COLUMNS = ["id", "email", "name", "createdAt"] as const;

/** Every column naming a user, across the parts, plus the event log's actors. */
export function referencedUsersSql(): string {
  const selects = PARTS.flatMap((part) =>
    [...part.userColumns, ...(part.table === "Event" ? ["actorId"] : [])].map(
      (column) => `SELECT "${column}" AS id FROM "${part.table}" WHERE ${part.where}`,
    ),
  );
  return `SELECT ${USER_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "User" WHERE "id" IN (${selects.join(" UNION ")}) ORDER BY "id"`;
}
