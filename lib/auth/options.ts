// next-auth configuration: email + password credentials, JWT sessions in an httpOnly cookie.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "../errors";
import { logError } from "../security/log-error";
import { clientAddress } from "./client-address";
import { ZCredentials } from "./schemas";
import { verifyCredentials } from "./verify-credentials";

const SESSION_DAYS = 14;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // next-auth's own errors go through the same redaction as ours; its debug output never runs.
  logger: {
    error: (code, metadata) => logError(`[next-auth] ${code}`, metadata),
    warn: (code) => console.warn(`[next-auth] ${code}`),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await verifyCredentials({ ...parsed.data, ip: clientAddress(req.headers ?? {}) });
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          // next-auth passes a thrown message to the sign-in page as `?error=`.
          if (error instanceof AppError && error.code === "rate_limited") throw new Error("RateLimited");
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
