// The user id in a request's next-auth session cookie, for pages. next-auth's getServerSession
// derives the encryption key (HKDF), decrypts the token, then encrypts and signs a fresh one and a
// CSRF token that a server component cannot even set: about a tenth of a small page's CPU. Here the
// token is decrypted once and its payload kept, keyed by the token itself (an authenticated
// ciphertext: the same token always decrypts to the same payload), until the expiry it carries.
import { type JWT, type JWTDecodeParams, decode, getToken } from "next-auth/jwt";

const MAX_TOKENS = 1000;
/** jose's default tolerance in next-auth's decode, kept so a token expires here exactly when there. */
const CLOCK_TOLERANCE_MS = 15_000;
const decoded = new Map<string, JWT>();

const live = (payload: JWT, now: number) => typeof payload.exp !== "number" || payload.exp * 1000 + CLOCK_TOLERANCE_MS > now;

async function decodeOnce(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const hit = decoded.get(token);
  if (hit && live(hit, Date.now())) return hit;
  decoded.delete(token);
  const payload = await decode(params);
  if (payload) {
    // Oldest first out: a Map iterates in insertion order.
    if (decoded.size >= MAX_TOKENS) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, payload);
  }
  return payload;
}

/** `cookies`: the request's cookies by name. Null when there is no valid, unexpired session. */
export async function sessionTokenUserId(cookies: Record<string, string>): Promise<string | null> {
  const jwt = await getToken({ req: { cookies, headers: {} } as never, decode: decodeOnce });
  return typeof jwt?.sub === "string" ? jwt.sub : null;
}
