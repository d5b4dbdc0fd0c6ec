// The environment, checked once with zod. Imported by next.config.js so that a bad value stops
// `next build` and `next start` with a message naming the variable, instead of failing later.
// Plain JavaScript because next.config.js loads it before TypeScript is in play.
import * as z from "zod";

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any Postgres; when unset the start command runs an embedded server and sets it. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Signs session cookies. The start command generates and keeps one when unset. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Open sign-up (the default) or closed, where only owners add people. */
  SIGNUP_OPEN: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Folder of the embedded Postgres cluster (git-ignored). */
  PGDATA_DIR: z.string().min(1).default(".data/postgres"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** App processes `npm start` runs on the one port; unset: one per core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Failed sign-ins allowed per account, and per address, within the window below. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** The Ed25519 key that signs the log's tree heads (PKCS#8 PEM, or its base64); unset: generated and kept in the file below. */
  LOG_SIGNING_KEY: z.string().min(1).optional(),
  LOG_SIGNING_KEY_FILE: z.string().min(1).default(".data/log-signing-key.pem"),
  /** bcrypt work factor; tests lower it to keep the suite quick, production keeps the default. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(4).max(15).default(11),
  /** Comma-separated host:port entries on private, loopback or link-local addresses captures may reach. */
  CAPTURE_PRIVATE_ALLOWLIST: z
    .string()
    .default("")
    .refine(
      (v) => v.split(",").map((s) => s.trim()).filter(Boolean).every((e) => /^(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]+):\d{1,5}$/.test(e)),
      "must be comma-separated host:port entries (IPv6 in brackets)",
    ),
  /** An RFC 3161 timestamp authority for captures; unset: captures are not timestamped. */
  TSA_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Subresources (stylesheets, images, scripts, fonts) fetched per captured page. */
  CAPTURE_MAX_RESOURCES: z.coerce.number().int().min(0).max(2000).default(150),
  /** Bytes fetched per captured page, all resources together; one response may use all of it. */
  CAPTURE_MAX_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  /** Time allowed for one request of a capture. */
  CAPTURE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Pause between two pages captured from the same host, so a list of URLs does not hammer a site. */
  CAPTURE_HOST_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Pause between any two requests to the same host, a page's own stylesheets and images included. */
  CAPTURE_REQUEST_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(100),
});

/** @param {Record<string, string | undefined>} source */
export function parseEnv(source) {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** @typedef {z.infer<typeof envSchema>} Env */

/** @type {Env | undefined} */
let cached;

/** The checked environment (read once per process). */
export function env() {
  cached ??= parseEnv(process.env);
  return cached;
}
