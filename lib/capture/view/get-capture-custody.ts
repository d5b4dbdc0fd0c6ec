// What the document page shows of a web capture: its custody as recorded, the timestamp verified
// again now (not a stored verdict), and the full page text the article extractor left around it.
import type { ProjectAccess } from "../../access/authorize-project";
import { db } from "../../db/client";
import type { CaptureCustody } from "../capture-url";
import type { CaptureTimestamp } from "../timestamp/request-timestamp";
import { verifyTimestampToken, type TimestampVerification } from "../timestamp/verify-timestamp-token";

export type CaptureCustodyView = {
  custody: CaptureCustody | null;
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  capturedAt: string;
  artifact: { sha256: string; mediaType: string; bytes: number } | null;
  timestamp: (CaptureTimestamp & { check: TimestampVerification }) | null;
  timestampPending: { since?: string; reason?: string } | null;
  pageText: string | null;
};

export async function getCaptureCustody(access: ProjectAccess, documentId: string): Promise<CaptureCustodyView | null> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { capture: true, artifactSha256: true } });
  const capture = doc?.capture as
    | { requestedUrl: string; finalUrl: string; httpStatus: number; capturedAt: string; timestamp?: CaptureTimestamp; timestampPending?: { since?: string; reason?: string }; custody?: CaptureCustody }
    | null
    | undefined;
  if (!doc || !capture) return null;
  const [artifact, layout] = await Promise.all([
    doc.artifactSha256 ? db().artifact.findFirst({ where: { projectId: access.projectId, sha256: doc.artifactSha256 }, select: { sha256: true, mediaType: true, bytes: true } }) : null,
    db().documentLayout.findFirst({ where: { projectId: access.projectId, documentId }, select: { layout: true } }),
  ]);
  const timestamp = capture.timestamp && doc.artifactSha256
    ? { ...capture.timestamp, check: await verifyTimestampToken(Buffer.from(capture.timestamp.token, "base64"), doc.artifactSha256) }
    : null;
  const pageText = (layout?.layout as { kind?: string; pageText?: string } | null)?.kind === "web-capture" ? ((layout?.layout as { pageText?: string }).pageText ?? null) : null;
  return {
    custody: capture.custody ?? null,
    requestedUrl: capture.requestedUrl,
    finalUrl: capture.finalUrl,
    httpStatus: capture.httpStatus,
    capturedAt: capture.capturedAt,
    artifact: artifact ? { sha256: artifact.sha256, mediaType: artifact.mediaType, bytes: Number(artifact.bytes) } : null,
    timestamp,
    timestampPending: capture.timestamp ? null : (capture.timestampPending ?? null),
    pageText,
  };
}
