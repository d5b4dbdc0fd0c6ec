// Password hashing with bcrypt (bcryptjs: pure JavaScript, no native build, widely used).
import bcrypt from "bcryptjs";
import { parseEnv } from "../env.js";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, parseEnv(process.env).PASSWORD_HASH_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A fixed hash to compare against when the account does not exist, so timing does not tell. */
export const DUMMY_HASH = "$2b$11$Mji1MtvW8nXf1Goq1LBRM.ui.O8PmE2/mAqu8UY80SGnC9ka8P3N2";
