// A project that uses every kind of row a backup must carry, made through the public API on top of
// the export fixture: a second document version that re-anchors spans (and orphans one), a custom
// claim type, an edited claim, comments with a reply, an entity merge, an assignment, a deleted
// annotation, a rejected span suggestion and a release with its stored files.
import { expect } from "vitest";
import { POST as postAnnotationComment } from "@/app/api/v1/annotations/[annotationId]/comments/route";
import { DELETE as deleteAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postClaimComment } from "@/app/api/v1/claims/[claimId]/comments/route";
import { PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as mergeEntity } from "@/app/api/v1/entities/[entityId]/merge/route";
import { POST as postAssignment } from "@/app/api/v1/projects/[projectId]/assignments/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postClaimType } from "@/app/api/v1/projects/[projectId]/claim-types/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { POST as postRelease } from "@/app/api/v1/projects/[projectId]/releases/route";
import { authorizeProject } from "@/lib/access/authorize-project";
import { runSourceJob } from "@/lib/jobs/run-source-job";
import { rejectSuggestion } from "@/lib/suggestions/reject-suggestion";
import { call, type CallResult, type JsonBody } from "./api";
import { createExportData, type ExportData, MIXED_TEXT } from "./export-data";
import { uploadFile } from "./upload";

async function ok(promise: Promise<CallResult>, status = 201): Promise<JsonBody> {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

export interface BackupData extends ExportData {
  newVersionId: string;
  /** A document made from an uploaded file: it has an artifact (and a finished job). */
  uploadedJobId: string;
  releaseId: string;
}

export async function createBackupData(): Promise<BackupData> {
  const data = await createExportData();
  const { team: t } = data;
  const p = { projectId: t.projectId };
  const mixed = data.documents.mixed.id;

  const lost = (await ok(call(postAnnotation, { token: t.annotator.token, params: { documentId: mixed }, body: { quote: { exact: "End of report" } } }))).id as string;
  const gone = (await ok(call(postAnnotation, { token: t.annotator.token, params: { documentId: mixed }, body: { quote: { exact: "Report of 1988" } } }))).id as string;
  expect((await call(deleteAnnotation, { method: "DELETE", token: t.annotator.token, params: { annotationId: gone } })).status).toBe(204);
  const revised = `Preface added.\r\n${MIXED_TEXT.replace("End of report.", "Closing words.")}`;
  const version = await ok(call(postVersion, { token: t.annotator.token, params: { documentId: mixed }, body: { text: revised } }));
  expect(version.reanchoring.orphaned).toBeGreaterThanOrEqual(1);

  await ok(call(postClaimType, { token: t.owner.token, params: p, body: { name: "detention", fields: [{ name: "site", kind: "entity", entityKind: "place", required: true }, { name: "detainees", kind: "count" }] } }));
  const span = (await ok(call(postAnnotation, { token: t.annotator.token, params: { documentId: version.id }, body: { quote: { exact: "Preface added." } } }))).id as string;
  const draft = await ok(call(postClaim, { token: t.annotator.token, params: p, body: { type: "statement", fields: { speaker: data.entities.witness, quote: "Preface." }, evidence: [span], attribution: { assertedBy: data.entities.witness, stance: "quotes" } } }));
  const edited = await ok(call(patchClaim, { method: "PATCH", token: t.annotator.token, params: { claimId: draft.id }, body: { version: 1, fields: { speaker: data.entities.witness, quote: "A preface was added." } } }), 200);
  expect(edited.version).toBe(2);

  const first = await ok(call(postClaimComment, { token: t.reviewer.token, params: { claimId: data.claims.counted }, body: { body: "Which witness? ✍️" } }));
  await ok(call(postClaimComment, { token: t.annotator.token, params: { claimId: data.claims.counted }, body: { body: "The one quoted in paragraph 2.", parentId: first.id } }));
  await ok(call(postAnnotationComment, { token: t.annotator.token, params: { annotationId: lost }, body: { body: "Lost in the new version?" } }));

  const entity = async (name: string) => (await ok(call(postEntity, { token: t.owner.token, params: p, body: { kind: "organization", name } }))).id as string;
  const [one, two] = [await entity("Amnesty Intl."), await entity("AI (Amnesty)")];
  // The merged entity sorts before its survivor, so a restore must not insert merges in id order.
  const [merged, survivor] = one < two ? [one, two] : [two, one];
  await ok(call(mergeEntity, { token: t.reviewer.token, params: { entityId: merged }, body: { into: survivor, note: "Same organisation" } }), 200);
  await ok(call(postAssignment, { token: t.owner.token, params: p, body: { documentId: data.documents.plain.id, userId: t.annotator.id } }));
  const reader = await authorizeProject(t.annotator.id, t.projectId, "annotation.create");
  await rejectSuggestion(reader, { documentId: version.id as string, start: 0, end: 7 });
  const upload = await ok(uploadFile(t.annotator.token, t.projectId, { name: "witness.html", bytes: "<!doctype html><title>Witness</title><p>Evin, summer 1988.</p>" }), 202);
  expect(await runSourceJob({ jobId: upload.job.id, lastAttempt: true })).toBe("succeeded");
  const release = await ok(call(postRelease, { token: t.reviewer.token, params: p, body: { name: "First release" } }));
  return { ...data, newVersionId: version.id as string, uploadedJobId: upload.job.id as string, releaseId: release.id as string };
}
