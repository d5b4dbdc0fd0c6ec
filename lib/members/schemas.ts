import * as z from "zod";
import { ZEmail } from "../auth/schemas";
import { ROLES } from "../access/permissions";

export const ZRole = z.enum(ROLES);
export const ZAddMember = z.object({ email: ZEmail, role: ZRole });
export type TAddMember = z.infer<typeof ZAddMember>;
export const ZUpdateMember = z.object({ role: ZRole });
export type TUpdateMember = z.infer<typeof ZUpdateMember>;
