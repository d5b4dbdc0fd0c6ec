import type { ProjectAccess } from "../access/authorize-project";
import { mayEditClaim } from "../access/may-edit-claim";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { claimInclude, claimView } from "./claim-view";
import { claimSnapshot } from "./write-claim";
import { prepareClaim } from "./prepare-claim";
import type { TUpdateClaim } from "./schemas";
import { resolveClaimType } from "./types/resolve-claim-type";

const EDITABLE = new Set(["draft", "changes_requested"]);

/**
 * Edits a claim its author still holds (draft, or changes requested). The caller names the version
 * they edited; if someone changed the claim since, nothing is written and the 409 carries the
 * current claim so the person can merge.
 */
export async function updateClaim(access: ProjectAccess, claimId: string, input: TUpdateClaim) {
  return db().$transaction(async (tx) => {
    const current = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId }, include: claimInclude });
    if (!current) throw notFound("claim");
    if (!mayEditClaim(access, current)) throw new AppError("forbidden", "Only the claim's author can edit it.");
    if (current.version !== input.version) {
      throw new AppError("conflict", `The claim changed since version ${input.version}; it is now version ${current.version}.`, { details: { current: claimView(current) } });
    }
    if (!EDITABLE.has(current.status)) throw new AppError("conflict", `A ${current.status} claim cannot be edited.`, { details: { current: claimView(current) } });
    const type = await resolveClaimType(access.projectId, current.type);
    const before = claimView(current);
    const prepared = await prepareClaim(tx, access, type, {
      fields: input.fields ?? before.fields,
      evidence: input.evidence ?? before.evidence,
      attribution: input.attribution ?? { ...before.attribution, reportedBy: before.attribution.reportedBy ?? undefined },
    });
    const { evidence, entities, type: _type, ...columns } = prepared;
    // The version check is repeated in the write itself, so a concurrent edit cannot slip between.
    const written = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: { ...columns, fields: columns.fields as never, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (written.count === 0) {
      const now = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
      throw new AppError("conflict", "The claim changed while you were editing it.", { details: { current: claimView(now) } });
    }
    await tx.claimEvidence.deleteMany({ where: { claimId } });
    await tx.claimEvidence.createMany({ data: evidence.map((e) => ({ ...e, projectId: access.projectId, claimId })) });
    await tx.claimEntity.deleteMany({ where: { claimId } });
    await tx.claimEntity.createMany({ data: entities.map((e) => ({ ...e, projectId: access.projectId, claimId })) });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "claim.updated",
      subjectType: "claim",
      subjectId: claimId,
      data: { before: { ...before, version: current.version }, after: { ...claimSnapshot(prepared), version: current.version + 1 } },
    });
    return claimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude }));
  });
}
