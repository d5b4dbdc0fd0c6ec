// A small but valid backup archive made by hand, as another workbench would write it: a project,
// its owner (matched here by email) and its first event, with the manifest's sha256s and the event
// chain computed from the format's own definitions.
import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { BACKUP_FORMAT, BACKUP_VERSION } from "@/lib/backup/backup-format";
import { PARTS } from "@/lib/backup/backup-parts";
import { eventHash, GENESIS_HASH } from "@/lib/provenance/event-hash";

export function handMadeBackup(ownerEmail: string, name: string): { projectId: string; bytes: Buffer } {
  const projectId = `prj_${randomBytes(12).toString("base64url")}`;
  const userId = `usr_${randomBytes(12).toString("base64url")}`;
  const createdAt = "2026-01-02T03:04:05.678Z";
  const content = { projectId, seq: 1, actorId: userId, type: "project.created", subjectType: "project", subjectId: projectId, data: { after: { name } }, createdAt };
  const rows: Record<string, Record<string, unknown>[]> = {
    User: [{ id: userId, email: ownerEmail, name: "Archived owner", createdAt }],
    Project: [{ id: projectId, name, description: "Restored in a browser test.", createdById: userId, createdAt, requiredApprovals: 1, blindAnnotation: false }],
    Membership: [{ projectId, userId, role: "owner", createdAt }],
    Event: [{ id: 1, ...content, prevHash: GENESIS_HASH, hash: eventHash(GENESIS_HASH, content) }],
  };
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, projectId, projectName: name, createdAt, headSeq: 1, headHash: rows.Event![0]!.hash };
  const headerLine = `${JSON.stringify({ header })}\n`;
  const lines = [headerLine];
  const parts = [];
  for (const table of ["User", ...PARTS.map((p) => p.table)]) {
    const partRows = (rows[table] ?? []).map((r) => `${JSON.stringify(r)}\n`);
    lines.push(`${JSON.stringify({ part: table, rows: partRows.length, columns: Object.keys(rows[table]?.[0] ?? {}) })}\n`, ...partRows);
    parts.push({ name: table, rows: partRows.length, sha256: createHash("sha256").update(partRows.join("")).digest("hex") });
  }
  const manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, projectId, headerSha256: createHash("sha256").update(headerLine).digest("hex"), parts };
  lines.push(`${JSON.stringify({ manifest })}\n`);
  return { projectId, bytes: gzipSync(lines.join("")) };
}
