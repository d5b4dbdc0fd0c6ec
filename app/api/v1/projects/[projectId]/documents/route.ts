import { authorizeProject } from "@/lib/access/authorize-project";
import { createDocument } from "@/lib/documents/create-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { createDocument as createDocumentContract, listDocuments as listDocumentsContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listDocumentsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "document.read");
  return json(await listDocuments(access, query()));
});

export const POST = handle(createDocumentContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "document.create");
  return json(await createDocument(access, await body()), 201);
});
