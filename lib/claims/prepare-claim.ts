// A claim checked inside the caller's transaction (an edit): the evidence and the entities it names
// are read there, and "reported by" defaults to the evidence's publisher, created if need be.
import type { ProjectAccess } from "../access/authorize-project";
import type { Tx } from "../db/client";
import { checkClaim, type ClaimInput, entityRefs, parseClaimFields, type PreparedClaim } from "./check-claim";
import { defaultReporter } from "./default-reporter";
import type { ClaimTypeDefinition } from "./types/define-claim-type";

export type { ClaimInput, PreparedClaim } from "./check-claim";

export async function prepareClaim(tx: Tx, access: ProjectAccess, type: ClaimTypeDefinition, input: ClaimInput): Promise<PreparedClaim> {
  const parsed = parseClaimFields(type, input.fields);
  const annotations = await tx.annotation.findMany({
    where: { projectId: access.projectId, id: { in: input.evidence }, deletedAt: null },
    select: { id: true, documentId: true, status: true },
  });
  const { attribution } = input;
  const firstDocument = annotations.find((a) => a.id === input.evidence[0])?.documentId;
  const reportedById = attribution.reportedBy ?? (firstDocument ? await defaultReporter(tx, access, firstDocument) : null);
  const refs = entityRefs(type, parsed.fields, attribution, reportedById);
  const entities = await tx.entity.findMany({ where: { projectId: access.projectId, id: { in: refs.map((r) => r.id) } }, select: { id: true, kind: true, name: true, aliases: true } });
  return checkClaim(type, input, parsed, { annotations, reportedById, entities });
}
