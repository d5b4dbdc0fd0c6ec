// Checks an email and password, under the sign-in rate limit. Used by the sign-in page (through
// next-auth) and by token creation in the API, so both are limited alike.
import { db } from "../db/client";
import { AppError } from "../errors";
import { DUMMY_HASH, verifyPassword } from "./password";
import { assertSignInAllowed, recordSignInAttempt } from "./sign-in-guard";

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
}

export async function verifyCredentials(options: { email: string; password: string; ip: string }): Promise<VerifiedUser> {
  const email = options.email.trim().toLowerCase();
  await assertSignInAllowed(email, options.ip);
  const user = await db().user.findUnique({ where: { email } });
  const ok = await verifyPassword(options.password, user?.passwordHash ?? DUMMY_HASH);
  await recordSignInAttempt(email, options.ip, ok && !!user);
  if (!user || !ok) throw new AppError("unauthorized", "Wrong email or password.");
  return { id: user.id, email: user.email, name: user.name };
}
