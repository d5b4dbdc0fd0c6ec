// Who is calling: a bearer API token, or the next-auth session cookie. Used by every API route.
import { getToken } from "next-auth/jwt";
import type { AccessTarget, PrefetchedMembership } from "../access/access-target";
import { env } from "../env.js";
import { AppError } from "../errors";
import { resolveApiToken } from "../tokens/resolve-api-token";
import type { TokenScope } from "../tokens/schemas";
import { isCrossSiteRequest } from "./cross-site-request";
import { lookUpSessionUser, prefetched } from "./look-up-caller";

export interface Actor {
  userId: string;
  via: "token" | "session";
  tokenId?: string;
  /** Only for a token limited to some projects or to reading; lib/access/authorize-project.ts enforces it. */
  scope?: TokenScope;
  /**
   * The caller's membership in the project the request's path names, read with the credentials
   * (lib/access/access-target.ts); the gate uses it instead of reading it again.
   */
  membership?: PrefetchedMembership;
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

/**
 * The caller, or null when the request carries no credentials at all. Bad credentials are 401.
 * `target`: the project (or document) the request is about, whose membership is read alongside.
 */
export async function findActor(req: Request, target?: AccessTarget): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const [scheme, secret] = authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== "bearer" || !secret) {
      throw new AppError("unauthorized", "Use `Authorization: Bearer <token>`.");
    }
    const token = await resolveApiToken(secret, target);
    if (!token) throw new AppError("unauthorized", "The token is not valid or was revoked.");
    return { userId: token.userId, via: "token", tokenId: token.id, ...(token.scope ? { scope: token.scope } : {}), ...(token.membership ? { membership: token.membership } : {}) };
  }
  const userId = await sessionUserId(req.headers.get("cookie"));
  if (!userId) return null;
  // The cookie rides along on any request the browser makes, including one another site's page
  // starts: a change made with it must come from our own pages.
  if (isCrossSiteRequest(req, env().NEXTAUTH_URL)) {
    throw new AppError("forbidden", "A signed-in browser session can change things only from the workbench's own pages.");
  }
  // A session outlives nothing: the account must still exist.
  const user = await lookUpSessionUser(userId, target);
  if (!user) return null;
  const membership = prefetched(user, target);
  return { userId, via: "session", ...(membership ? { membership } : {}) };
}

export async function authenticate(req: Request, target?: AccessTarget): Promise<Actor> {
  const actor = await findActor(req, target);
  if (!actor) throw new AppError("unauthorized", "Sign in or send an API token.");
  return actor;
}
