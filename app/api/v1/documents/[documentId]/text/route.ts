import { authorizeDocument } from "@/lib/access/authorize-project";
import { getDocumentText } from "@/lib/documents/get-document-text";
import { getDocumentText as contract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";

/** `"<64 hex>"` from If-None-Match, the one form this route's ETag takes. */
const heldHash = (header: string | null) => /^"([0-9a-f]{64})"$/.exec(header ?? "")?.[1];

/**
 * The text as plain UTF-8. It never changes, but a cached copy is still revalidated on every use
 * (no-cache): each use is authorised again, so a browser shared by two accounts never hands one
 * the other's source; revalidating costs a 304 and no text.
 */
export const GET = handle(contract, async ({ req, actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const { sha256, text } = await getDocumentText(access, params.documentId, heldHash(req.headers.get("if-none-match")));
  const headers = {
    etag: `"${sha256}"`,
    "repr-digest": `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`,
    "cache-control": "private, no-cache",
  };
  if (text === null) return new Response(null, { status: 304, headers });
  const body = Buffer.from(text, "utf8");
  return new Response(body, {
    headers: { ...headers, "content-type": "text/plain; charset=utf-8", "content-length": String(body.length), "x-content-type-options": "nosniff" },
  });
});
