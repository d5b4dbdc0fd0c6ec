// The origin the app is reached at, for absolute ids in exported data: NEXTAUTH_URL when the
// deployment sets it (behind a proxy the request's own host may be an internal one), else the request's.
import { env } from "../env.js";

export function publicOrigin(req: Request): string {
  const configured = env().NEXTAUTH_URL;
  return new URL(configured ?? req.url).origin;
}
