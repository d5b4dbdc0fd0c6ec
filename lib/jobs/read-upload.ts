// The staged bytes of a job's upload, in order, as one buffer (the extractors need them whole).
import { db } from "../db/client";

export async function readUpload(job: { id: string; projectId: string }): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let seq = 0; ; seq++) {
    const chunk = await db().sourceJobChunk.findUnique({ where: { jobId_seq: { jobId: job.id, seq } }, select: { data: true, projectId: true } });
    if (!chunk || chunk.projectId !== job.projectId) break;
    parts.push(chunk.data);
  }
  return Buffer.concat(parts);
}
