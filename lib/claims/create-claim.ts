import type { ProjectAccess } from "../access/authorize-project";
import { AppError } from "../errors";
import { newId } from "../ids";
import { sequenceProject } from "../log/sequence-project";
import { checkClaim, entityRefs, parseClaimFields } from "./check-claim";
import { claimView } from "./claim-view";
import { lookUpClaimInputs } from "./look-up-claim-inputs";
import type { TCreateClaim } from "./schemas";
import { resolveClaimType } from "./types/resolve-claim-type";
import { writeClaim } from "./write-claim";

/** Evidence that changes between the check and the write this many times in a row is answered with a 409. */
const ATTEMPTS = 3;

/**
 * A new claim starts as a draft of its author, resting on the given evidence spans. Two statements:
 * one reads what the claim names (lib/claims/look-up-claim-inputs.ts), one writes the claim with
 * its event (lib/claims/write-claim.ts); no transaction stays open between them, and the write
 * checks the evidence again, so a span retired in between is caught by checking anew.
 */
export async function createClaim(access: ProjectAccess, input: TCreateClaim, options: { id?: string } = {}) {
  const type = await resolveClaimType(access.projectId, input.type);
  const id = options.id ?? newId("clm");
  const parsed = parseClaimFields(type, input.fields);
  const { attribution } = input;
  const named = entityRefs(type, parsed.fields, attribution, attribution.reportedBy ?? null).map((r) => r.id);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const found = await lookUpClaimInputs(access.projectId, { evidence: input.evidence, entityIds: [...new Set(named)], reportedBy: attribution.reportedBy });
    const prepared = checkClaim(type, input, parsed, found);
    const row = await writeClaim(access, { id, prepared, newReporter: found.newReporter });
    if (!row) continue;
    // Into the Merkle tree now that the statement committed, as every write does before it answers.
    await sequenceProject(access.projectId).catch((error: unknown) => console.error("after-commit work failed:", error));
    // The view from the row as written and the evidence in position order: no read back.
    return claimView({ ...row, evidence: prepared.evidence.map((e) => ({ ...e, projectId: access.projectId, claimId: id })) });
  }
  throw new AppError("conflict", "The claim's evidence kept changing while it was being saved; try again.");
}
