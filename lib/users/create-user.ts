import { hashPassword } from "../auth/password";
import type { TSignUp } from "../auth/schemas";
import { db } from "../db/client";
import { parseEnv } from "../env.js";
import { AppError } from "../errors";
import { newId } from "../ids";

export interface PublicUser {
  id: string;
  email: string;
  name: string;
}

/** Open sign-up, unless the deployment closed it. 409 when the email is taken. */
export async function createUser(input: TSignUp, options: { bypassClosedSignUp?: boolean } = {}): Promise<PublicUser> {
  if (!options.bypassClosedSignUp && !parseEnv(process.env).SIGNUP_OPEN) {
    throw new AppError("signup_closed", "Sign-up is closed on this deployment; ask a project owner.");
  }
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "An account with that email already exists.");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: { id: newId("usr"), email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "An account with that email already exists.");
    }
    throw error;
  }
}
