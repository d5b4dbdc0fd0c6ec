import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

/** The spans people turned down on one document, as "start:end" keys. */
export async function listRejectedSpans(access: ProjectAccess, documentId: string): Promise<string[]> {
  const rows = await db().suggestionRejection.findMany({ where: { projectId: access.projectId, documentId }, select: { start: true, end: true } });
  return rows.map((r) => `${r.start}:${r.end}`);
}
