import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CHUNK_BYTES, ChunkWriter } from "./chunk-writer";

describe("ChunkWriter", () => {
  it("stores 1 MiB chunks in order whose concatenation hashes to what it reports", async () => {
    const stored: Buffer[] = [];
    const writer = new ChunkWriter(async (seq, data) => void (stored[seq] = data));
    const input = Buffer.alloc(CHUNK_BYTES * 2 + 12345, 7);
    for (let i = 0; i < input.length; i += 70_000) await writer.push(input.subarray(i, i + 70_000));
    const { sha256, bytes } = await writer.finish();
    expect(stored.map((c) => c.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 12345]);
    expect(bytes).toBe(input.length);
    expect(sha256).toBe(createHash("sha256").update(input).digest("hex"));
    expect(Buffer.concat(stored).equals(input)).toBe(true);
  });

  it("stores one empty chunk for an empty file", async () => {
    const stored: Buffer[] = [];
    const writer = new ChunkWriter(async (seq, data) => void (stored[seq] = data));
    expect(await writer.finish()).toEqual({ sha256: createHash("sha256").digest("hex"), bytes: 0 });
    expect(stored).toEqual([Buffer.alloc(0)]);
  });
});
