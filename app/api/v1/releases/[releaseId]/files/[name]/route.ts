import { getReleaseFile } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { attachment, toWebStream } from "@/lib/http/stream-body";
import { authorizeRelease } from "@/lib/releases/authorize-release";
import { readReleaseFile } from "@/lib/releases/read-release-file";

/**
 * Release files are saved, never shown as pages of this origin: verify.html, the one HTML file, goes
 * out as plain bytes to download and does its checking when opened from disk.
 */
const servedType = (mediaType: string) => (/html|xml|svg|javascript/i.test(mediaType) ? "application/octet-stream" : mediaType);

/** The stored bytes, never regenerated: their sha256 is the manifest's, so caches may keep them. */
export const GET = handle(getReleaseFile, async ({ req, actor, params: { releaseId, name } }) => {
  const access = await authorizeRelease(actor, releaseId, "project.read");
  const file = await readReleaseFile(access, releaseId, name);
  const etag = `"${file.sha256}"`;
  const headers = {
    etag,
    "repr-digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
    "cache-control": "private, max-age=31536000, immutable",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(toWebStream(file.chunks), {
    headers: {
      ...headers,
      "content-type": servedType(file.mediaType),
      "content-length": String(file.bytes),
      "content-disposition": attachment(`${releaseId}-${file.name}`),
      "x-content-type-options": "nosniff",
    },
  });
});
