// A backup as the app makes it: the `backup.created` event is written first, in its own
// transaction, so the archive's own log says who took it and when (a backup is the whole project
// leaving the instance), then the archive streams from a snapshot that includes that event.
import { db } from "../db/client";
import { appendEvent } from "../provenance/append-event";
import { exportProjectBackup, type ProjectBackup } from "./export-project-backup";

export async function startProjectBackup(options: { projectId: string; actorId: string | null; via: "api" | "cli" }): Promise<ProjectBackup & { fileName: string }> {
  const now = new Date();
  await db().$transaction((tx) =>
    appendEvent(tx, { projectId: options.projectId, actorId: options.actorId, type: "backup.created", subjectType: "project", subjectId: options.projectId, data: { via: options.via } }, now),
  );
  const backup = await exportProjectBackup({ projectId: options.projectId, now });
  return { ...backup, fileName: `${options.projectId}-${now.toISOString().slice(0, 19).replace(/[:T]/g, "-")}.backup.jsonl.gz` };
}
