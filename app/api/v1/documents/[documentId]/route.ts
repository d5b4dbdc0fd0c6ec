import { authorizeDocument } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { getDocument } from "@/lib/documents/get-document";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "document.read");
  return json(await getDocument(access, documentId));
});
