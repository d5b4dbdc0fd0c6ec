// Everything a doubting reader can check about a document's artifact, recomputed now: its bytes
// re-hashed against the recorded sha256; for a WACZ, every file against the hash its
// datapackage.json lists, and datapackage.json against datapackage-digest.json; the RFC 3161
// timestamp's signature and imprint over that sha256. Nothing here trusts a stored verdict.
import { createHash } from "node:crypto";
import type { ProjectAccess } from "../../access/authorize-project";
import { readArtifact } from "../../artifacts/read-artifact";
import { db } from "../../db/client";
import { unzipEntries } from "./unzip-entries";
import { verifyTimestampToken } from "../timestamp/verify-timestamp-token";
import { WACZ_MEDIA_TYPE } from "../wacz/build-wacz";

export type ArtifactVerification = {
  documentId: string;
  ok: boolean;
  artifact: { sha256: string; mediaType: string; bytes: number };
  rehash: { sha256: string; bytes: number; matches: boolean };
  wacz: { ok: boolean; files: { path: string; listed: string; actual: string | null; ok: boolean }[]; datapackageDigest: boolean } | null;
  timestamp:
    | { status: "none" }
    | { status: "pending"; since: string | null; reason: string | null }
    | { status: "verified" | "invalid"; tsa: string; genTime: string | null; signer: string | null; signerFingerprint: string | null; serial: string | null; problems: string[] };
  checkedAt: string;
};

export async function verifyArtifact(access: ProjectAccess, documentId: string, now = new Date()): Promise<ArtifactVerification> {
  const artifact = await readArtifact(access, documentId);
  const hash = createHash("sha256");
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of artifact.chunks) {
    hash.update(chunk);
    parts.push(chunk);
    bytes += chunk.byteLength;
  }
  const actual = hash.digest("hex");
  const rehash = { sha256: actual, bytes, matches: actual === artifact.sha256 && bytes === artifact.bytes };
  const wacz = artifact.mediaType === WACZ_MEDIA_TYPE ? await checkWacz(Buffer.concat(parts)) : null;

  const doc = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { capture: true } });
  const capture = (doc?.capture ?? null) as { timestamp?: { tsa: string; token: string }; timestampPending?: { since?: string; reason?: string } } | null;
  let timestamp: ArtifactVerification["timestamp"] = { status: "none" };
  if (capture?.timestamp) {
    const v = await verifyTimestampToken(Buffer.from(capture.timestamp.token, "base64"), artifact.sha256);
    timestamp = { status: v.ok ? "verified" : "invalid", tsa: capture.timestamp.tsa, genTime: v.genTime, signer: v.signer, signerFingerprint: v.signerFingerprint, serial: v.serial, problems: v.problems };
  } else if (capture?.timestampPending) {
    timestamp = { status: "pending", since: capture.timestampPending.since ?? null, reason: capture.timestampPending.reason ?? null };
  }
  return {
    documentId,
    ok: rehash.matches && (wacz?.ok ?? true) && timestamp.status !== "invalid",
    artifact: { sha256: artifact.sha256, mediaType: artifact.mediaType, bytes: artifact.bytes },
    rehash,
    wacz,
    timestamp,
    checkedAt: now.toISOString(),
  };
}

async function checkWacz(zip: Buffer): Promise<NonNullable<ArtifactVerification["wacz"]>> {
  let entries: Map<string, Buffer>;
  try {
    entries = await unzipEntries(zip);
  } catch {
    return { ok: false, files: [], datapackageDigest: false };
  }
  const sha = (b: Buffer) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
  const dpBytes = entries.get("datapackage.json");
  let resources: { path: string; hash: string }[] = [];
  try {
    resources = (JSON.parse(dpBytes?.toString("utf8") ?? "{}") as { resources?: { path: string; hash: string }[] }).resources ?? [];
  } catch {
    resources = [];
  }
  const files = resources.map((r) => {
    const data = entries.get(r.path);
    const hash = data ? sha(data) : null;
    return { path: r.path, listed: r.hash, actual: hash, ok: hash === r.hash };
  });
  let datapackageDigest = false;
  try {
    const digest = JSON.parse(entries.get("datapackage-digest.json")?.toString("utf8") ?? "{}") as { hash?: string };
    datapackageDigest = !!dpBytes && digest.hash === sha(dpBytes);
  } catch {
    datapackageDigest = false;
  }
  return { ok: files.length > 0 && files.every((f) => f.ok) && datapackageDigest, files, datapackageDigest };
}
