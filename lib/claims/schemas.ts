// Claim input, shared by the claim form in the reader and the API. The `fields` are checked
// against the claim's type separately (lib/claims/types), so errors name the exact field.
import * as z from "zod";
import { attributeInputShape } from "./attributes/attribute-schemas";
import { CLAIM_STATUSES } from "./claim-status";
import { ZEntityRef } from "./types/shared";

export { CLAIM_STATUSES };

export const ZAttribution = z
  .object({
    assertedBy: ZEntityRef,
    reportedBy: ZEntityRef.optional(),
    via: z.array(ZEntityRef).max(20).optional(),
    ...attributeInputShape(),
  })
  .strict();
export type TAttribution = z.infer<typeof ZAttribution>;

const ZEvidence = z
  .array(z.string().min(1).max(64))
  .min(1, "needs at least one annotation")
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, "lists an annotation twice");

export const ZCreateClaim = z
  .object({
    type: z.string().min(1, "is required").max(64),
    fields: z.record(z.string(), z.unknown()),
    evidence: ZEvidence,
    attribution: ZAttribution,
  })
  .strict();
export type TCreateClaim = z.infer<typeof ZCreateClaim>;

export const ZUpdateClaim = z
  .object({
    version: z.number().int().min(1),
    fields: z.record(z.string(), z.unknown()).optional(),
    evidence: ZEvidence.optional(),
    attribution: ZAttribution.optional(),
  })
  .strict();
export type TUpdateClaim = z.infer<typeof ZUpdateClaim>;

export const ZClaimQuery = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  type: z.string().min(1).max(64).optional(),
  documentId: z.string().min(1).max(64).optional(),
  entityId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(200).optional(),
});
export type TClaimQuery = z.infer<typeof ZClaimQuery>;
