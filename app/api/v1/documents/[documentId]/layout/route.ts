import { authorizeDocument } from "@/lib/access/authorize-project";
import { getDocumentLayout } from "@/lib/documents/get-document-layout";
import { getDocumentLayout as contract } from "@/lib/http/contracts/layouts";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Where each piece of a paged document's text is drawn on its pages (it never changes). */
export const GET = handle(contract, async ({ actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  return json(await getDocumentLayout(access, params.documentId));
});
