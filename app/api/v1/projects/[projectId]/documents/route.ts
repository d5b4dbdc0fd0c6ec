import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createDocument } from "@/lib/documents/create-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { ZCreateDocument } from "@/lib/documents/schemas";
import { ZListQuery } from "@/lib/http/pagination";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** JSON escaping can grow text up to six times; the 5 MB text limit itself is checked after parsing. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "document.read");
  return json(await listDocuments(access, readQuery(req, ZListQuery)));
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "document.create");
  const input = await readJson(req, ZCreateDocument, { maxBytes: MAX_BODY_BYTES });
  return json(await createDocument(access, input), 201);
});
