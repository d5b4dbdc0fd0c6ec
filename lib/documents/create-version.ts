import type { ProjectAccess } from "../access/authorize-project";
import { moveAnnotations } from "../annotations/move-annotations";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvents } from "../provenance/append-event";
import { documentView } from "./document-view";
import { htmlToPlainText } from "./html-to-plain-text";
import { prepareText } from "./prepare-text";
import type { TCreateVersion } from "./schemas";

/**
 * Imports a corrected text as the next version of a source. The old version stays readable with
 * its anchors; live annotations are re-anchored onto the new text or sent to the orphan queue,
 * all in one transaction with the new version.
 */
export async function createVersion(access: ProjectAccess, documentId: string, input: TCreateVersion) {
  const current = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId } });
  if (!current) throw notFound("document");
  const fromHtml = input.html !== undefined;
  const prepared = prepareText(fromHtml ? htmlToPlainText(input.html ?? "") : (input.text ?? ""), fromHtml ? "html" : "text");
  if (prepared.sha256 === current.sha256) throw new AppError("conflict", "The new text is identical to this version.");
  const id = newId("doc");
  return db().$transaction(
    async (tx) => {
      const newer = await tx.document.findFirst({ where: { lineageId: current.lineageId, version: { gt: current.version } }, select: { id: true } });
      if (newer) throw new AppError("conflict", "A newer version exists; import onto the newest version.", { details: { newestDocumentId: newer.id } });
      const created = await tx.document.create({
        data: {
          id,
          projectId: access.projectId,
          lineageId: current.lineageId,
          version: current.version + 1,
          title: input.title ?? current.title,
          sourceUrl: input.sourceUrl ?? current.sourceUrl,
          publisher: input.publisher ?? current.publisher,
          author: input.author ?? current.author,
          publishedAt: input.publishedAt ?? current.publishedAt,
          language: input.language ?? current.language,
          format: fromHtml ? "html" : "text",
          ...prepared,
          createdById: access.userId,
        },
      });
      const moved = await moveAnnotations(tx, { projectId: access.projectId, actorId: access.userId, from: current, to: created });
      await appendEvents(tx, access.projectId, [
        {
          actorId: access.userId,
          type: "document.version_created",
          subjectType: "document",
          subjectId: id,
          data: { before: { documentId: current.id, version: current.version, sha256: current.sha256 }, after: { version: created.version, sha256: created.sha256, length: created.length }, placed: moved.placed, orphaned: moved.orphaned },
        },
        ...moved.events,
      ]);
      const { text: _text, ...rest } = created;
      return { ...documentView(rest), reanchoring: { placed: moved.placed, orphaned: moved.orphaned } };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
