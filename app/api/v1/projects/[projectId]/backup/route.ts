import { authorizeProject } from "@/lib/access/authorize-project";
import { startProjectBackup } from "@/lib/backup/start-project-backup";
import { backupProject } from "@/lib/http/contracts/backups";
import { handle } from "@/lib/http/handle";
import { attachment, toWebStream } from "@/lib/http/stream-body";

export const dynamic = "force-dynamic";

/** Streams the whole project as one archive; owners only, as it holds everything. */
export const GET = handle(backupProject, async ({ actor, params: { projectId } }) => {
  await authorizeProject(actor, projectId, "project.backup");
  const backup = await startProjectBackup({ projectId, actorId: actor.userId, via: "api" });
  return new Response(toWebStream(backup.body), {
    headers: {
      "content-type": "application/gzip",
      "content-disposition": attachment(backup.fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-backup-head-hash": backup.header.headHash,
    },
  });
});
