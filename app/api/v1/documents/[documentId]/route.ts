import { authorizeDocument } from "@/lib/access/authorize-project";
import { getDocument } from "@/lib/documents/get-document";
import { getDocument as getDocumentContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(getDocumentContract, async ({ actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  return json(await getDocument(access, params.documentId));
});
