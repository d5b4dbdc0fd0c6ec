import * as z from "zod";

export const DECISIONS = ["approve", "reject", "request_changes", "dispute"] as const;

export const ZReview = z
  .object({
    decision: z.enum(DECISIONS),
    note: z.string().trim().max(10_000).optional(),
    /** The reviewer's judgement of the claim's credibility, 1 (confirmed) to 6 (cannot be judged). */
    credibility: z.number().int().min(1).max(6).optional(),
  })
  .strict()
  .refine((r) => r.decision === "approve" || (r.note ?? "").length > 0, { message: "is required when not approving", path: ["note"] });
export type TReview = z.infer<typeof ZReview>;

export const ZDeprecate = z.object({ reason: z.string().trim().min(1, "is required").max(5000) }).strict();
export type TDeprecate = z.infer<typeof ZDeprecate>;

/** The credibility scale that goes with the Admiralty reliability letters. */
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

/** One decision for many claims (the review queue's bulk outcome). */
export const ZBulkReview = z
  .object({ claimIds: z.array(z.string().min(1).max(64)).min(1).max(200), review: ZReview })
  .strict()
  .refine((b) => new Set(b.claimIds).size === b.claimIds.length, { message: "lists a claim twice", path: ["claimIds"] });
export type TBulkReview = z.infer<typeof ZBulkReview>;
