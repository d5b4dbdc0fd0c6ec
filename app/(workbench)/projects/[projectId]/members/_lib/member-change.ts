// A row of the members table as the change it asks for: a new role (PATCH) or removal (DELETE) of
// /api/v1/projects/{projectId}/members/{userId}. `name` is only for the sentence saying what happened.
import * as z from "zod";
import { ZRole } from "@/lib/members/schemas";

const member = { userId: z.string().min(1, "No member was named."), name: z.string() };

export const ZMemberChange = z.discriminatedUnion(
  "intent",
  [z.object({ intent: z.literal("role"), ...member, role: ZRole }), z.object({ intent: z.literal("remove"), ...member })],
  { error: "Unknown change." },
);
export type TMemberChange = z.infer<typeof ZMemberChange>;
