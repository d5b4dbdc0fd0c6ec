// Takes secrets out of text bound for a log: API tokens by their shape, the password in any
// connection URL, values of fields named like a password, secret or token, and the deployment's own
// NEXTAUTH_SECRET and database password wherever they appear. Logs travel further than the database
// (terminals, log services, bug reports), so what a stray error message carries must not matter.
import { TOKEN_PREFIX } from "../tokens/token-secret";

const MASK = "[redacted]";
const API_TOKEN = new RegExp(`${TOKEN_PREFIX}[A-Za-z0-9_-]{16,}`, "g");
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)([^@\s/]+)@/gi;
const SECRET_FIELD = /(["']?\b(?:password|passwordHash|newPassword|secret|clientSecret|token|tokenHash|csrfToken|sessionToken|authorization|cookie)\b["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,&;}\]]+)/gi;

/** Secrets of this deployment, from the environment: each is masked wherever it appears. */
export function deploymentSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const out: string[] = [];
  if (env.NEXTAUTH_SECRET) out.push(env.NEXTAUTH_SECRET);
  if (env.DATABASE_URL) {
    try {
      const password = decodeURIComponent(new URL(env.DATABASE_URL).password);
      // A short one (the embedded server's "postgres") would mask ordinary words; in a URL it is
      // masked by its place all the same.
      if (password.length >= 12) out.push(password);
    } catch {
      // not a URL: nothing to take from it
    }
  }
  return out;
}

export function redactSecrets(text: string, known: string[] = deploymentSecrets()): string {
  let out = text
    .replace(API_TOKEN, `${TOKEN_PREFIX}${MASK}`)
    .replace(URL_PASSWORD, `$1${MASK}@`)
    .replace(SECRET_FIELD, (_m, key: string, value: string) => `${key}${/^["']/.test(value) ? `${value[0]}${MASK}${value[0]}` : MASK}`);
  for (const secret of known) if (secret) out = out.split(secret).join(MASK);
  return out;
}
