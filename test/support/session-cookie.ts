// A next-auth session cookie for a user, signed with the test environment's secret: what the
// browser sends to the API after signing in at the workbench.
import { encode } from "next-auth/jwt";

export async function sessionCookie(userId: string, secret = process.env.NEXTAUTH_SECRET ?? ""): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: userId }, secret })}`;
}
