// Cuts a stream of bytes into 1 MiB chunks for storage while hashing it, so a release file of any
// size is stored in constant memory and its sha256 and size are known when it ends.
import { createHash } from "node:crypto";

export const CHUNK_BYTES = 1024 * 1024;

export class ChunkWriter {
  private readonly hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private total = 0;

  constructor(private readonly write: (seq: number, data: Buffer) => Promise<void>) {}

  async push(chunk: Uint8Array): Promise<void> {
    this.hash.update(chunk);
    this.total += chunk.byteLength;
    this.pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes < CHUNK_BYTES) return;
    let all = Buffer.concat(this.pending);
    while (all.byteLength >= CHUNK_BYTES) {
      await this.write(this.seq++, Buffer.from(all.subarray(0, CHUNK_BYTES)));
      all = all.subarray(CHUNK_BYTES);
    }
    this.pending = all.byteLength ? [Buffer.from(all)] : [];
    this.pendingBytes = all.byteLength;
  }

  async finish(): Promise<{ sha256: string; bytes: number }> {
    if (this.pendingBytes > 0 || this.seq === 0) await this.write(this.seq++, Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
    return { sha256: this.hash.digest("hex"), bytes: this.total };
  }
}

/** sha256 and size of a stream of bytes, without keeping it. */
export async function hashBytes(chunks: AsyncIterable<Uint8Array>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest("hex"), bytes };
}
