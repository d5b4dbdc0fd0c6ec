import type { ProjectAccess } from "../access/authorize-project";
import { claimInclude, claimView } from "../claims/claim-view";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import type { TDeprecate } from "./schemas";

/** A vetted claim later found wrong is never deleted: it is marked deprecated, with a reason, and stays visible. */
export async function deprecateClaim(access: ProjectAccess, claimId: string, input: TDeprecate) {
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
    if (!claim) throw notFound("claim");
    if (claim.deprecatedAt) throw new AppError("conflict", "The claim is already deprecated.");
    const now = new Date();
    const written = await tx.claim.updateMany({
      where: { id: claimId, version: claim.version },
      data: { deprecatedAt: now, deprecatedById: access.userId, deprecationReason: input.reason, version: { increment: 1 }, updatedAt: now },
    });
    if (written.count === 0) throw new AppError("conflict", "The claim changed meanwhile; reload it.");
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "claim.deprecated",
      subjectType: "claim",
      subjectId: claimId,
      data: { reason: input.reason, before: { version: claim.version, status: claim.status }, after: { version: claim.version + 1, deprecated: true } },
    });
    return claimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude }));
  });
}
