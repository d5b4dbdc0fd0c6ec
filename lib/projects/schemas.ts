import * as z from "zod";

export const ZCreateProject = z.object({
  name: z.string().trim().min(1, "is required").max(200),
  description: z.string().trim().max(5000).optional(),
});
export type TCreateProject = z.infer<typeof ZCreateProject>;

/** Owners: the name, description and review settings. */
export const ZUpdateProject = z
  .object({
    name: z.string().trim().min(1, "is required").max(200).optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    requiredApprovals: z.number().int().min(1).max(10).optional(),
    blindAnnotation: z.boolean().optional(),
  })
  .strict();
export type TUpdateProject = z.infer<typeof ZUpdateProject>;
