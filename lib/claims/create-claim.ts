import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { claimView } from "./claim-view";
import { prepareClaim, type PreparedClaim } from "./prepare-claim";
import type { TCreateClaim } from "./schemas";
import { resolveClaimType } from "./types/resolve-claim-type";

/** What an event records of a claim: everything but bookkeeping. */
export function claimSnapshot(p: PreparedClaim) {
  const { entities: _entities, searchText: _searchText, ...rest } = p;
  return rest;
}

/** A new claim starts as a draft of its author, resting on the given evidence spans. */
export async function createClaim(access: ProjectAccess, input: TCreateClaim, options: { id?: string } = {}) {
  const type = await resolveClaimType(access.projectId, input.type);
  return db().$transaction(async (tx) => {
    const prepared = await prepareClaim(tx, access, type, input);
    const id = options.id ?? newId("clm");
    const { evidence, entities, ...columns } = prepared;
    const claim = await tx.claim.create({
      data: { id, projectId: access.projectId, ...columns, fields: columns.fields as never, createdById: access.userId },
    });
    const evidenceRows = evidence.map((e) => ({ ...e, projectId: access.projectId, claimId: id }));
    await tx.claimEvidence.createMany({ data: evidenceRows });
    await tx.claimEntity.createMany({ data: entities.map((e) => ({ ...e, projectId: access.projectId, claimId: id })) });
    // The view from the row as created and the evidence as written (in position order): no read back.
    const view = claimView({ ...claim, evidence: evidenceRows });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "claim.created",
      subjectType: "claim",
      subjectId: id,
      data: { after: { ...claimSnapshot(prepared), status: "draft", version: 1 } },
    });
    return view;
  });
}
