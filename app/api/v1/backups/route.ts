import { authorizeUnscoped } from "@/lib/access/authorize-project";
import { importProjectBackup } from "@/lib/backup/import-project-backup";
import { AppError } from "@/lib/errors";
import { restoreProject } from "@/lib/http/contracts/backups";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Restores a project from the archive in the body, streamed into one transaction. */
export const POST = handle(restoreProject, async ({ req, actor }) => {
  authorizeUnscoped(actor, "restore projects");
  if (!req.body) throw new AppError("invalid_input", "Send the backup archive as the request body.");
  const report = await importProjectBackup({
    source: req.body as unknown as AsyncIterable<Uint8Array>,
    actorId: actor.userId,
    requireOwner: actor.userId,
    via: req.headers.get("x-restore-via") === "page" ? "page" : "api",
  });
  return json(report, 201);
});
