import { authorizeDocument } from "@/lib/access/authorize-project";
import { documentLive } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { documentStream } from "@/lib/live/document-stream";
import { getUserName } from "@/lib/users/get-user-name";

export const dynamic = "force-dynamic";

/** Server-sent events: annotation changes on this document and who else is reading it. */
export const GET = handle(documentLive, async ({ req, actor, params: { documentId } }) => {
  await authorizeDocument(actor, documentId, "document.read");
  const name = (await getUserName(actor.userId)) ?? "someone";
  const stream = documentStream({ documentId, userId: actor.userId, name, signal: req.signal });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});
