// POST /sources with a file: the bytes are streamed into the job's staging chunks and the job row
// written in one transaction, then the job is handed to the queue. Whatever can be judged before
// the work starts (empty file, unknown type, a PDF cut short, bad metadata) is refused here and
// leaves nothing behind.
import { randomUUID } from "node:crypto";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { titleFromFileName } from "../documents/import-file";
import { AppError } from "../errors";
import { jobView } from "../jobs/job-view";
import { sendJob } from "../jobs/send-job";
import { appendEvents } from "../provenance/append-event";
import { receiveUpload } from "./receive-upload";
import { type TImportFileInput, ZUploadFields } from "./schemas";

export async function uploadSource(access: ProjectAccess, req: Request) {
  const jobId = randomUUID();
  const row = await db().$transaction(
    async (tx) => {
      await tx.sourceJob.create({ data: { id: jobId, projectId: access.projectId, kind: "import-file", input: {}, createdById: access.userId } });
      const upload = await receiveUpload(req, tx, { jobId, projectId: access.projectId });
      const parsed = ZUploadFields.safeParse(upload.fields);
      if (!parsed.success) throw AppError.fromZod(parsed.error, "A text part of the upload is not valid.");
      const { versionOf, ...metadata } = parsed.data;
      if (versionOf && !(await tx.document.findFirst({ where: { id: versionOf, projectId: access.projectId }, select: { id: true } }))) {
        throw new AppError("invalid_input", "versionOf names no document of this project.", { issues: [{ path: ["versionOf"], message: "no such document" }] });
      }
      const refusal = upload.kind.refuseAtOnce?.(upload);
      if (refusal) throw new AppError("invalid_input", refusal.message, { issues: [{ path: ["file"], message: refusal.code }], details: { reason: refusal.code } });
      const input: TImportFileInput = {
        sourceKind: upload.kind.id,
        fileName: upload.fileName,
        declaredType: upload.declaredType,
        suggestedTitle: titleFromFileName(upload.fileName) || "Untitled source",
        bytes: upload.bytes,
        sha256: upload.sha256,
        metadata,
        ...(versionOf ? { versionOf } : {}),
      };
      const job = await tx.sourceJob.update({ where: { id: jobId }, data: { input: { ...input }, progressTotal: upload.bytes } });
      await appendEvents(tx, access.projectId, [
        {
          actorId: access.userId,
          type: "source.uploaded",
          subjectType: "job",
          subjectId: jobId,
          data: { fileName: upload.fileName, sha256: upload.sha256, bytes: upload.bytes, sourceKind: upload.kind.id },
        },
      ]);
      return job;
    },
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
  await sendJob(jobId);
  return { job: jobView(row) };
}
