import { authorizeDocument } from "@/lib/access/authorize-project";
import { createVersion } from "@/lib/documents/create-version";
import { getDocument } from "@/lib/documents/get-document";
import { listVersions } from "@/lib/documents/list-versions";
import { createVersion as createVersionContract, listVersions as listVersionsContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { keyset } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

const byVersion = keyset<{ version: number }>({ field: "version", of: (d) => d.version });

export const GET = handle(listVersionsContract, async ({ actor, params, query }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const page = query();
  const document = await getDocument(access, params.documentId);
  return json(byVersion.page(await listVersions(access, document.lineageId, byVersion.window(page)), page.limit, (d) => d));
});

/** Imports a corrected text as the next version; annotations are re-anchored or orphaned. */
export const POST = handle(createVersionContract, async ({ actor, params, body }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.create");
  return json(await createVersion(access, params.documentId, await body()), 201);
});
