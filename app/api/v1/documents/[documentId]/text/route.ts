import { authorizeDocument } from "@/lib/access/authorize-project";
import { getDocumentText } from "@/lib/documents/get-document-text";
import { getDocumentText as contract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";

/** The text as plain UTF-8; it never changes, so its sha256 is the ETag and caches may keep it. */
export const GET = handle(contract, async ({ req, actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const { text, sha256 } = await getDocumentText(access, params.documentId);
  const etag = `"${sha256}"`;
  const headers = {
    etag,
    "repr-digest": `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`,
    "cache-control": "private, max-age=31536000, immutable",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const body = Buffer.from(text, "utf8");
  return new Response(body, {
    headers: { ...headers, "content-type": "text/plain; charset=utf-8", "content-length": String(body.length), "x-content-type-options": "nosniff" },
  });
});
