// Rate limiting of sign-ins, kept in Postgres so it holds across app instances: too many failures
// for one account, or from one address, within the window refuse further tries until it passes.
import { parseEnv } from "../env.js";
import { db } from "../db/client";
import { AppError } from "../errors";

/** An address may fail more often than one account: several people can share it. */
const ADDRESS_FACTOR = 4;

export async function assertSignInAllowed(email: string, ip: string, now = new Date()): Promise<void> {
  const { SIGNIN_MAX_FAILURES, SIGNIN_WINDOW_MINUTES } = parseEnv(process.env);
  const since = new Date(now.getTime() - SIGNIN_WINDOW_MINUTES * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db().signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db().signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= SIGNIN_MAX_FAILURES || byIp >= SIGNIN_MAX_FAILURES * ADDRESS_FACTOR) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-ins. Try again in ${SIGNIN_WINDOW_MINUTES} minutes.`,
    );
  }
}

export async function recordSignInAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db().signInAttempt.create({ data: { email, ip, success } });
}
