import * as z from "zod";

export const ZCreateComment = z
  .object({ body: z.string().trim().min(1, "is required").max(10_000), parentId: z.string().min(1).max(64).optional() })
  .strict();
export type TCreateComment = z.infer<typeof ZCreateComment>;

export type CommentSubject = { type: "claim" | "annotation"; id: string };
