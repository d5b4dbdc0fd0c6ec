// The end of a successful job, in ONE transaction: the artifact (stored once per project and
// sha256), the document linked to it with its derivation and pages, its layout, the job marked
// succeeded with the document's id, the staged upload removed, and the provenance event. A job
// killed before this commits has written nothing; one killed after it is found finished on retry.
import { createHash } from "node:crypto";
import { db, type Tx } from "../db/client";
import { prepareText } from "../documents/prepare-text";
import { newId } from "../ids";
import { appendEvents } from "../provenance/append-event";
import type { DocumentDraft } from "./job-kind";

const CHUNK_BYTES = 1024 * 1024;

/** Stores the artifact unless the project holds it already; answers its sha256 and size. */
async function storeArtifact(tx: Tx, projectId: string, jobId: string, artifact: DocumentDraft["artifact"]) {
  let sha256: string;
  let bytes: number;
  if (artifact.bytes) {
    sha256 = createHash("sha256").update(artifact.bytes).digest("hex");
    bytes = artifact.bytes.length;
  } else {
    const input = await tx.sourceJob.findUniqueOrThrow({ where: { id: jobId }, select: { input: true } });
    const staged = input.input as { sha256: string; bytes: number };
    sha256 = staged.sha256;
    bytes = staged.bytes;
  }
  const inserted = await tx.$executeRaw`
    INSERT INTO "Artifact" ("projectId", "sha256", "mediaType", "bytes") VALUES (${projectId}, ${sha256}, ${artifact.mediaType}, ${bytes})
    ON CONFLICT DO NOTHING`;
  if (inserted === 1) {
    if (artifact.bytes) {
      for (let seq = 0, at = 0; at < artifact.bytes.length; seq++, at += CHUNK_BYTES) {
        await tx.artifactChunk.create({ data: { projectId, sha256, seq, data: new Uint8Array(artifact.bytes.subarray(at, at + CHUNK_BYTES)) } });
      }
    } else {
      await tx.$executeRaw`
        INSERT INTO "ArtifactChunk" ("projectId", "sha256", "seq", "data")
        SELECT "projectId", ${sha256}, "seq", "data" FROM "SourceJobChunk" WHERE "jobId" = ${jobId} AND "projectId" = ${projectId}`;
    }
  }
  return { sha256, bytes, stored: inserted === 1 };
}

export async function writeJobDocument(job: { id: string; projectId: string; createdById: string }, draft: DocumentDraft): Promise<string | null> {
  const prepared = prepareText(draft.text);
  return db().$transaction(
    async (tx) => {
      // The row lock makes a second worker on the same job (an expired one that woke up) wait and then see it done.
      const [current] = await tx.$queryRaw<{ status: string; documentId: string | null }[]>`
        SELECT "status", "documentId" FROM "SourceJob" WHERE "id" = ${job.id} AND "projectId" = ${job.projectId} FOR UPDATE`;
      if (!current || current.status !== "running" || current.documentId) return current?.documentId ?? null;
      const artifact = await storeArtifact(tx, job.projectId, job.id, draft.artifact);
      const id = newId("doc");
      const lineageId = id;
      const version = 1;
      const metadata = {
        title: draft.title,
        sourceUrl: draft.sourceUrl ?? null,
        publisher: draft.publisher ?? null,
        author: draft.author ?? null,
        publishedAt: draft.publishedAt ?? null,
        language: draft.language ?? null,
      };
      await tx.document.create({
        data: {
          id,
          projectId: job.projectId,
          ...metadata,
          ...prepared,
          format: draft.format,
          lineageId,
          version,
          createdById: job.createdById,
          artifactSha256: artifact.sha256,
          derivation: draft.derivation as object,
          ...(draft.pages ? { pages: draft.pages } : {}),
          ...(draft.capture ? { capture: draft.capture as object } : {}),
          ...(draft.capturedAt ? { capturedAt: draft.capturedAt } : {}),
        },
      });
      if (draft.layout) await tx.documentLayout.create({ data: { documentId: id, projectId: job.projectId, layout: draft.layout as object } });
      await tx.sourceJob.update({
        where: { id: job.id },
        data: { status: "succeeded", documentId: id, finishedAt: new Date(), updatedAt: new Date() },
      });
      await tx.sourceJobChunk.deleteMany({ where: { jobId: job.id, projectId: job.projectId } });
      await appendEvents(tx, job.projectId, [
        {
          actorId: job.createdById,
          type: "document.created",
          subjectType: "document",
          subjectId: id,
          data: {
            after: { ...metadata, sha256: prepared.sha256, length: prepared.length, format: draft.format, version, lineageId },
            artifact: { sha256: artifact.sha256, mediaType: draft.artifact.mediaType, bytes: artifact.bytes, storedNow: artifact.stored },
            derivation: draft.derivation as object,
            ...(draft.pages ? { pages: draft.pages.length } : {}),
            jobId: job.id,
          },
        },
      ]);
      return id;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
