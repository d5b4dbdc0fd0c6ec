import { authorizeDocument } from "@/lib/access/authorize-project";
import { createVersion } from "@/lib/documents/create-version";
import { getDocument } from "@/lib/documents/get-document";
import { listVersions } from "@/lib/documents/list-versions";
import { createVersion as createVersionContract, listVersions as listVersionsContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listVersionsContract, async ({ actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const document = await getDocument(access, params.documentId);
  return json({ items: await listVersions(access, document.lineageId), nextCursor: null });
});

/** Imports a corrected text as the next version; annotations are re-anchored or orphaned. */
export const POST = handle(createVersionContract, async ({ actor, params, body }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.create");
  return json(await createVersion(access, params.documentId, await body()), 201);
});
