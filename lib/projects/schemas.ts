import { z } from "zod";

export const ZCreateProject = z.object({
  name: z.string().trim().min(1, "is required").max(200),
  description: z.string().trim().max(5000).optional(),
});
export type TCreateProject = z.infer<typeof ZCreateProject>;
