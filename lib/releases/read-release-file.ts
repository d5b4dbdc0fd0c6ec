// A release file's stored bytes, chunk by chunk in order, so any size is served in constant memory.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";

export async function* releaseFileChunks(releaseId: string, name: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const chunk = await db().releaseFileChunk.findUnique({ where: { releaseId_name_seq: { releaseId, name, seq } }, select: { data: true } });
    if (!chunk) return;
    if (chunk.data.byteLength) yield chunk.data;
  }
}

export async function readReleaseFile(access: ProjectAccess, releaseId: string, name: string) {
  const file = await db().releaseFile.findFirst({ where: { releaseId, name, projectId: access.projectId } });
  if (!file) throw notFound("release file");
  return { name: file.name, mediaType: file.mediaType, bytes: Number(file.bytes), sha256: file.sha256, chunks: releaseFileChunks(releaseId, name) };
}
