// Who is calling: a bearer API token, or the next-auth session cookie. Used by every API route.
import { getToken } from "next-auth/jwt";
import { db } from "../db/client";
import { env } from "../env.js";
import { AppError } from "../errors";
import { resolveApiToken } from "../tokens/resolve-api-token";
import type { TokenScope } from "../tokens/schemas";
import { isCrossSiteRequest } from "./cross-site-request";

export interface Actor {
  userId: string;
  via: "token" | "session";
  tokenId?: string;
  /** Only for a token limited to some projects or to reading; lib/access/authorize-project.ts enforces it. */
  scope?: TokenScope;
}

/** A malformed escape (a client's or an attacker's) leaves the value as sent: no session, not a 500. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeCookieValue(part.slice(i + 1).trim());
  }
  return out;
}

export async function sessionUserId(cookieHeader: string | null): Promise<string | null> {
  const jwt = await getToken({ req: { cookies: parseCookies(cookieHeader), headers: {} } as never });
  return typeof jwt?.sub === "string" ? jwt.sub : null;
}

/** The caller, or null when the request carries no credentials at all. Bad credentials are 401. */
export async function findActor(req: Request): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const [scheme, secret] = authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== "bearer" || !secret) {
      throw new AppError("unauthorized", "Use `Authorization: Bearer <token>`.");
    }
    const token = await resolveApiToken(secret);
    if (!token) throw new AppError("unauthorized", "The token is not valid or was revoked.");
    return { userId: token.userId, via: "token", tokenId: token.id, ...(token.scope ? { scope: token.scope } : {}) };
  }
  const userId = await sessionUserId(req.headers.get("cookie"));
  if (!userId) return null;
  // The cookie rides along on any request the browser makes, including one another site's page
  // starts: a change made with it must come from our own pages.
  if (isCrossSiteRequest(req, env().NEXTAUTH_URL)) {
    throw new AppError("forbidden", "A signed-in browser session can change things only from the workbench's own pages.");
  }
  // A session outlives nothing: the account must still exist.
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  return user ? { userId, via: "session" } : null;
}

export async function authenticate(req: Request): Promise<Actor> {
  const actor = await findActor(req);
  if (!actor) throw new AppError("unauthorized", "Sign in or send an API token.");
  return actor;
}
