// Assignment input, shared by the assign form and the API.
import * as z from "zod";

export const ZAssign = z.object({ documentId: z.string().min(1).max(64), userId: z.string().min(1).max(64) }).strict();
export type TAssign = z.infer<typeof ZAssign>;
