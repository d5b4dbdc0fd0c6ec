import { authorizeDocument } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { decodeAnnotationCursor, encodeAnnotationCursor, listAnnotations } from "@/lib/annotations/list-annotations";
import { ZCreateAnnotation } from "@/lib/annotations/schemas";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { z } from "zod";

const ZQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d{1,10}:[\w-]{1,64}$/, "must be a cursor this API gave out").optional(),
});

export const GET = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "document.read");
  const { limit, cursor } = readQuery(req, ZQuery);
  const rows = await listAnnotations(access, documentId, { after: decodeAnnotationCursor(cursor), limit: limit + 1 });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return json({ items, nextCursor: rows.length > limit && last ? encodeAnnotationCursor(last) : null });
});

export const POST = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "annotation.create");
  const input = await readJson(req, ZCreateAnnotation);
  return json(await createAnnotation(access, documentId, input), 201);
});
