import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.js";

function errorOf(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error("parseEnv accepted a bad environment");
}

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      SIGNUP_OPEN: true,
      PGDATA_DIR: ".data/postgres",
      PORT: 3000,
      SIGNIN_MAX_FAILURES: 5,
      SIGNIN_WINDOW_MINUTES: 15,
      PASSWORD_HASH_COST: 11,
      LOG_SIGNING_KEY_FILE: ".data/log-signing-key.pem",
      CAPTURE_PRIVATE_ALLOWLIST: "",
      CAPTURE_MAX_RESOURCES: 150,
      CAPTURE_MAX_BYTES: 50 * 1024 * 1024,
      CAPTURE_TIMEOUT_SECONDS: 30,
      CAPTURE_HOST_INTERVAL_MS: 1000,
      CAPTURE_REQUEST_INTERVAL_MS: 100,
    });
  });

  it("reads the capture settings", () => {
    const env = parseEnv({ CAPTURE_PRIVATE_ALLOWLIST: "archive.internal:8080, [::1]:3000,10.0.0.5:80", TSA_URL: "https://tsa.example/tsr" });
    expect(env.CAPTURE_PRIVATE_ALLOWLIST).toBe("archive.internal:8080, [::1]:3000,10.0.0.5:80");
    expect(env.TSA_URL).toBe("https://tsa.example/tsr");
  });

  it("reads and converts the values it is given", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://u:p@db.example:5432/workbench",
      NEXTAUTH_SECRET: "x".repeat(32),
      NEXTAUTH_URL: "https://workbench.example",
      SIGNUP_OPEN: "false",
      PORT: "8080",
      SIGNIN_MAX_FAILURES: "3",
      PASSWORD_HASH_COST: "12",
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://u:p@db.example:5432/workbench",
      SIGNUP_OPEN: false,
      PORT: 8080,
      SIGNIN_MAX_FAILURES: 3,
      PASSWORD_HASH_COST: 12,
    });
    expect(parseEnv({ DATABASE_URL: "postgresql://localhost/x" }).DATABASE_URL).toBe("postgresql://localhost/x");
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["DATABASE_URL", { DATABASE_URL: "localhost:5432" }],
    ["NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "x".repeat(31) }],
    ["PORT", { PORT: "http" }],
    ["PORT", { PORT: "70000" }],
    ["PORT", { PORT: "0" }],
    ["SIGNUP_OPEN", { SIGNUP_OPEN: "yes" }],
    ["NODE_ENV", { NODE_ENV: "staging" }],
    ["SIGNIN_MAX_FAILURES", { SIGNIN_MAX_FAILURES: "0" }],
    ["CAPTURE_PRIVATE_ALLOWLIST", { CAPTURE_PRIVATE_ALLOWLIST: "10.0.0.5" }],
    ["CAPTURE_PRIVATE_ALLOWLIST", { CAPTURE_PRIVATE_ALLOWLIST: "http://10.0.0.5:80" }],
    ["TSA_URL", { TSA_URL: "ftp://tsa.example/" }],
    ["CAPTURE_MAX_RESOURCES", { CAPTURE_MAX_RESOURCES: "-1" }],
  ])("names %s when its value is bad", (name, source) => {
    const message = errorOf(source);
    expect(message).toMatch(/^Invalid environment/);
    expect(message).toContain(`${name}:`);
  });

  it("names every bad variable at once", () => {
    const message = errorOf({ DATABASE_URL: "nope", NEXTAUTH_SECRET: "short", PORT: "-1" });
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "PORT"]) expect(message).toContain(`${name}:`);
  });
});
