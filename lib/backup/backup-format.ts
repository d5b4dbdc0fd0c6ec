// The archive: gzip-compressed JSON Lines, read and written as a stream.
//   line 1            {"header": {format, version, projectId, projectName, createdAt, headSeq, headHash}}
//   each part         {"part": table, "rows": n, "columns": [...]} then n rows, one JSON object a line;
//                     the first part is "User" (id, email, name, createdAt: never a password hash)
//   last line         {"manifest": {format, version, projectId, header sha256, per part rows + sha256}}
// Each sha256 covers the part's row lines exactly as written (each with its "\n"), so a restore
// checks every byte it inserted before it commits. Rows are PostgreSQL's own row_to_json, so every
// type (timestamps, jsonb, arrays, bytea) goes back in through json_populate_recordset unchanged.
import * as z from "zod";

export const BACKUP_FORMAT = "provenance-workbench-project-backup";
export const BACKUP_VERSION = 1;
export const USERS_PART = "User";

export const ZBackupHeader = z.object({
  format: z.string(),
  version: z.number().int(),
  projectId: z.string().min(1),
  projectName: z.string(),
  createdAt: z.string(),
  /** The event chain's head when the snapshot was taken. */
  headSeq: z.number().int(),
  headHash: z.string(),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;

export const ZPartLine = z.object({ part: z.string(), rows: z.number().int().min(0), columns: z.array(z.string()) });

export const ZBackupManifest = z.object({
  format: z.string(),
  version: z.number().int(),
  projectId: z.string(),
  headerSha256: z.string(),
  parts: z.array(z.object({ name: z.string(), rows: z.number().int(), sha256: z.string() })),
});
export type TBackupManifest = z.infer<typeof ZBackupManifest>;
