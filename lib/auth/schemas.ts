// Account schemas, shared by the sign-up form in the browser and the API on the server.
import * as z from "zod";
import { ZTokenName, ZTokenScope } from "../tokens/schemas";

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("must be an email address"))
  .transform((e) => e.toLowerCase());

export const ZPassword = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");

export const ZSignUp = z.object({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1, "is required").max(120),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZCredentials = z.object({
  email: ZEmail,
  password: z.string().min(1, "is required").max(200),
});
export type TCredentials = z.infer<typeof ZCredentials>;

/** `{email, password, name?}`, and optionally a scope: `projects` and `readOnly`. */
export const ZCreateToken = ZCredentials.extend({
  name: ZTokenName.optional(),
  ...ZTokenScope.shape,
});
export type TCreateToken = z.infer<typeof ZCreateToken>;
