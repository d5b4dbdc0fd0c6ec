import { authorizeDocument } from "@/lib/access/authorize-project";
import { artifactFileName } from "@/lib/artifacts/artifact-file-name";
import { readArtifact } from "@/lib/artifacts/read-artifact";
import { getArtifact } from "@/lib/http/contracts/sources";
import { handle } from "@/lib/http/handle";
import { attachment, toWebStream } from "@/lib/http/stream-body";

/** The original bytes, never changed: their sha256 is the ETag, so caches may keep them. */
export const GET = handle(getArtifact, async ({ req, actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  const artifact = await readArtifact(access, params.documentId);
  const etag = `"${artifact.sha256}"`;
  const headers = {
    etag,
    "repr-digest": `sha-256=:${Buffer.from(artifact.sha256, "hex").toString("base64")}:`,
    "cache-control": "private, max-age=31536000, immutable",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(toWebStream(artifact.chunks), {
    headers: {
      ...headers,
      "content-type": artifact.mediaType,
      "content-length": String(artifact.bytes),
      "content-disposition": attachment(artifactFileName(artifact.title, artifact.mediaType)),
      "x-content-type-options": "nosniff",
    },
  });
});
