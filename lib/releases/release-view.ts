// A release's manifest as the API answers it: what was selected, how much, and each file's
// name, size and sha256 (the bytes GET .../files/{name} returns, forever).
import type { Release, ReleaseFile } from "../db/generated/client";

export function releaseView(r: Release, files: ReleaseFile[]) {
  return {
    id: r.id,
    projectId: r.projectId,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdById,
    filter: r.filter as Record<string, unknown>,
    counts: r.counts as Record<string, number>,
    /** The signed log head the release was read at; log-proofs.jsonl proves its claims' events against it. */
    logHead: (r.logHead ?? null) as { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string } | null,
    files: [...files]
      .sort((a, b) => a.position - b.position)
      .map((f) => ({
        name: f.name,
        mediaType: f.mediaType,
        bytes: Number(f.bytes),
        sha256: f.sha256,
        url: `/api/v1/releases/${r.id}/files/${encodeURIComponent(f.name)}`,
      })),
  };
}
export type ReleaseManifest = ReturnType<typeof releaseView>;
