// A document's artifact: its row and its bytes as a stream of the stored 1 MiB chunks, so a
// 200 MB file is served without being held in memory.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";

async function* artifactChunks(projectId: string, sha256: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const chunk = await db().artifactChunk.findUnique({ where: { projectId_sha256_seq: { projectId, sha256, seq } }, select: { data: true } });
    if (!chunk) return;
    yield chunk.data;
  }
}

export async function readArtifact(access: ProjectAccess, documentId: string) {
  const document = await db().document.findFirst({
    where: { id: documentId, projectId: access.projectId },
    select: { title: true, artifactSha256: true },
  });
  if (!document?.artifactSha256) throw notFound("artifact");
  const artifact = await db().artifact.findUnique({
    where: { projectId_sha256: { projectId: access.projectId, sha256: document.artifactSha256 } },
  });
  if (!artifact) throw notFound("artifact");
  return {
    title: document.title,
    sha256: artifact.sha256,
    mediaType: artifact.mediaType,
    bytes: Number(artifact.bytes),
    chunks: artifactChunks(access.projectId, artifact.sha256),
  };
}
