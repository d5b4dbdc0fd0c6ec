import { authorizeProject } from "@/lib/access/authorize-project";
import { readExportQuery } from "@/lib/exports/read-export-query";
import { startExport } from "@/lib/exports/start-export";
import { exportDataset } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { publicOrigin } from "@/lib/http/public-origin";
import { attachment, toWebStream } from "@/lib/http/stream-body";

export const dynamic = "force-dynamic";

/** Streams the dataset; viewers may export, as they may read every claim. */
export const GET = handle(exportDataset, async ({ req, actor, params: { projectId } }) => {
  await authorizeProject(actor, projectId, "project.read");
  const url = new URL(req.url);
  // Repeated keys and comma lists, which the contract's single-value reader would drop.
  const { format, ...filter } = readExportQuery(url);
  const base = publicOrigin(req);
  const started = await startExport({ projectId, actorId: actor.userId, format, filter, base, collectionId: `${base}${url.pathname}${url.search}`, via: "api" });
  return new Response(toWebStream(started.body), {
    headers: {
      "content-type": started.mediaType,
      "content-disposition": attachment(started.fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-total-count": String(started.counts[started.unit]),
      "x-claim-count": String(started.counts.claims),
      "x-row-count": String(started.counts.rows),
    },
  });
});
