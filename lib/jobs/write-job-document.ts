// The end of a successful job, in ONE transaction: the artifact (stored once per project and
// sha256), the document linked to it with its derivation and pages, its layout, the job marked
// succeeded with the document's id, the staged upload removed, and the provenance event. A job
// killed before this commits has written nothing; one killed after it is found finished on retry.
import { createHash } from "node:crypto";
import { db, type Tx } from "../db/client";
import { prepareText } from "../documents/prepare-text";
import { newId } from "../ids";
import { moveAnnotations } from "../annotations/move-annotations";
import { appendEvents, type NewEvent } from "../provenance/append-event";
import { type DocumentDraft, JobRefusal } from "./job-kind";

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

/** The newest version of the document's lineage, locked so two recaptures queue up behind each other. */
async function newestVersion(tx: Tx, projectId: string, documentId: string) {
  const named = await tx.document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!named) return null;
  const [newest] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Document" WHERE "projectId" = ${projectId} AND "lineageId" = ${named.lineageId} ORDER BY "version" DESC LIMIT 1 FOR UPDATE`;
  if (!newest) return null;
  return tx.document.findFirstOrThrow({ where: { id: newest.id, projectId } });
}

/** The version a new edition follows: it must be the newest, and the new text must differ. */
async function previousVersion(tx: Tx, projectId: string, documentId: string, sha256: string) {
  const current = await tx.document.findFirst({ where: { id: documentId, projectId } });
  if (!current) throw new JobRefusal("version_of_missing", "The document this file was to be a new version of is gone.");
  const newer = await tx.document.findFirst({ where: { projectId, lineageId: current.lineageId, version: { gt: current.version } }, select: { version: true } });
  if (newer) throw new JobRefusal("not_newest_version", `A newer version (${newer.version}) exists; upload the new edition onto the newest version.`);
  if (current.sha256 === sha256) throw new JobRefusal("unchanged", "The new file's text is identical to this version's, so no version was added.");
  return current;
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
      // An upload names the version it follows (versionOf); a page captured again continues its lineage.
      const previous = draft.versionOf
        ? await previousVersion(tx, job.projectId, draft.versionOf, prepared.sha256)
        : draft.continues
          ? await newestVersion(tx, job.projectId, draft.continues.documentId)
          : null;
      if (draft.continues && previous && previous.sha256 === prepared.sha256) {
        // Captured again, same article: nothing new to read, but the new capture is evidence that it was so.
        await tx.sourceJob.update({
          where: { id: job.id },
          data: { status: "succeeded", outcome: "unchanged", documentId: previous.id, finishedAt: new Date(), updatedAt: new Date() },
        });
        await appendEvents(tx, job.projectId, [
          {
            actorId: job.createdById,
            type: "document.recaptured",
            subjectType: "document",
            subjectId: previous.id,
            data: {
              unchanged: true,
              sha256: prepared.sha256,
              artifact: { sha256: artifact.sha256, mediaType: draft.artifact.mediaType, bytes: artifact.bytes, storedNow: artifact.stored },
              capture: (draft.capture ?? null) as object | null,
              jobId: job.id,
            },
          },
        ]);
        return previous.id;
      }
      const lineageId = previous?.lineageId ?? id;
      const version = previous ? previous.version + 1 : 1;
      const metadata = {
        title: draft.title ?? previous?.title ?? "Untitled source",
        sourceUrl: draft.sourceUrl ?? previous?.sourceUrl ?? null,
        publisher: draft.publisher ?? previous?.publisher ?? null,
        author: draft.author ?? previous?.author ?? null,
        publishedAt: draft.publishedAt ?? previous?.publishedAt ?? null,
        language: draft.language ?? previous?.language ?? null,
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
        data: { status: "succeeded", outcome: previous ? "new_version" : "created", documentId: id, finishedAt: new Date(), updatedAt: new Date() },
      });
      await tx.sourceJobChunk.deleteMany({ where: { jobId: job.id, projectId: job.projectId } });
      let moved: { events: Omit<NewEvent, "projectId">[]; placed: number; orphaned: number } = { events: [], placed: 0, orphaned: 0 };
      if (previous) moved = await moveAnnotations(tx, { projectId: job.projectId, actorId: job.createdById, from: previous, to: { id, text: prepared.text } });
      await appendEvents(tx, job.projectId, [
        {
          actorId: job.createdById,
          type: previous ? "document.version_created" : "document.created",
          subjectType: "document",
          subjectId: id,
          data: {
            after: { ...metadata, sha256: prepared.sha256, length: prepared.length, format: draft.format, version, lineageId },
            artifact: { sha256: artifact.sha256, mediaType: draft.artifact.mediaType, bytes: artifact.bytes, storedNow: artifact.stored },
            derivation: draft.derivation as object,
            ...(draft.pages ? { pages: draft.pages.length } : {}),
            jobId: job.id,
            // A capture's custody (URLs, status, headers, address, certificate, software, who asked) in the log itself.
            ...(draft.capture ? { capture: draft.capture as object } : {}),
            ...(previous ? { before: { documentId: previous.id, version: previous.version, sha256: previous.sha256 }, placed: moved.placed, orphaned: moved.orphaned } : {}),
          },
        },
        ...moved.events,
      ]);
      return id;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
