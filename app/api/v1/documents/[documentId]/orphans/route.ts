import { authorizeDocument } from "@/lib/access/authorize-project";
import { listOrphans } from "@/lib/annotations/list-orphans";
import { getDocument } from "@/lib/documents/get-document";
import { listOrphans as listOrphansContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

/** The orphan queue of this document's source (all its versions). */
export const GET = handle(listOrphansContract, async ({ actor, params, query }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const page = query();
  const document = await getDocument(access, params.documentId);
  return json(byCreation.page(await listOrphans(access, document.lineageId, byCreation.window(page)), page.limit, (a) => a));
});
