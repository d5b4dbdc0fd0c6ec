import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { documentView } from "./document-view";
import { htmlToPlainText } from "./html-to-plain-text";
import { prepareText } from "./prepare-text";
import type { TCreateDocument } from "./schemas";

export async function createDocument(access: ProjectAccess, input: TCreateDocument, options: { id?: string; capturedAt?: Date } = {}) {
  const fromHtml = input.html !== undefined;
  const prepared = prepareText(fromHtml ? htmlToPlainText(input.html ?? "") : (input.text ?? ""), fromHtml ? "html" : "text");
  const id = options.id ?? newId("doc");
  const metadata = {
    title: input.title,
    sourceUrl: input.sourceUrl ?? null,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? null,
  };
  const row = await db().$transaction(async (tx) => {
    const created = await tx.document.create({
      data: {
        id,
        projectId: access.projectId,
        ...metadata,
        ...prepared,
        format: fromHtml ? "html" : "text",
        lineageId: id,
        createdById: access.userId,
        ...(options.capturedAt ? { capturedAt: options.capturedAt } : {}),
      },
    });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "document.created",
      subjectType: "document",
      subjectId: id,
      data: { after: { ...metadata, sha256: prepared.sha256, length: prepared.length, format: created.format } },
    });
    return created;
  });
  return documentView({ ...row, text: undefined });
}
