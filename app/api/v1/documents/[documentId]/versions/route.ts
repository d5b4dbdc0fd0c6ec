import { authorizeDocument } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createVersion } from "@/lib/documents/create-version";
import { getDocument } from "@/lib/documents/get-document";
import { listVersions } from "@/lib/documents/list-versions";
import { ZCreateVersion } from "@/lib/documents/schemas";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export const GET = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "document.read");
  const document = await getDocument(access, documentId);
  return json({ items: await listVersions(access, document.lineageId), nextCursor: null });
});

/** Imports a corrected text as the next version; annotations are re-anchored or orphaned. */
export const POST = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "document.create");
  const input = await readJson(req, ZCreateVersion, { maxBytes: MAX_BODY_BYTES });
  return json(await createVersion(access, documentId, input), 201);
});
