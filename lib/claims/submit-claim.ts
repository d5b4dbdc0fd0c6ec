import type { ProjectAccess } from "../access/authorize-project";
import { mayEditClaim } from "../access/may-edit-claim";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { claimInclude, claimView } from "./claim-view";

/** The author hands a draft (or a claim sent back for changes) to review. */
export async function submitClaim(access: ProjectAccess, claimId: string) {
  return db().$transaction(async (tx) => {
    const current = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
    if (!current) throw notFound("claim");
    if (!mayEditClaim(access, current)) throw new AppError("forbidden", "Only the claim's author can submit it.");
    if (current.status !== "draft" && current.status !== "changes_requested") throw new AppError("conflict", `A ${current.status} claim cannot be submitted.`);
    const written = await tx.claim.updateMany({
      where: { id: claimId, version: current.version, status: current.status },
      data: { status: "submitted", version: { increment: 1 }, updatedAt: new Date() },
    });
    if (written.count === 0) throw new AppError("conflict", "The claim changed meanwhile; reload it.");
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "claim.submitted",
      subjectType: "claim",
      subjectId: claimId,
      data: { before: { status: current.status, version: current.version }, after: { status: "submitted", version: current.version + 1 } },
    });
    return claimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude }));
  });
}
