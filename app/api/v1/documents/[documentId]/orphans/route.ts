import { authorizeDocument } from "@/lib/access/authorize-project";
import { listOrphans } from "@/lib/annotations/list-orphans";
import { authenticate } from "@/lib/auth/authenticate-request";
import { getDocument } from "@/lib/documents/get-document";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** The orphan queue of this document's source (all its versions). */
export const GET = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "document.read");
  const document = await getDocument(access, documentId);
  return json({ items: await listOrphans(access, document.lineageId), nextCursor: null });
});
