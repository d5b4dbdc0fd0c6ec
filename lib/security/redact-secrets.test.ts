// What a log line may never carry, in the shapes it would arrive in.
import { afterEach, describe, expect, it, vi } from "vitest";
import { newTokenSecret } from "../tokens/token-secret";
import { logError } from "./log-error";
import { deploymentSecrets, redactSecrets } from "./redact-secrets";

afterEach(() => vi.restoreAllMocks());

describe("redactSecrets", () => {
  it("masks API tokens wherever they appear", () => {
    const token = newTokenSecret();
    const out = redactSecrets(`GET /api/v1/projects with Bearer ${token} refused`, []);
    expect(out).not.toContain(token.slice(4));
    expect(out).toBe("GET /api/v1/projects with Bearer pwb_[redacted] refused");
  });

  it("masks the password of a connection URL, leaving where it points", () => {
    expect(redactSecrets("connect postgresql://app:s3cr%40t-pw@db.internal:5432/workbench failed", [])).toBe(
      "connect postgresql://app:[redacted]@db.internal:5432/workbench failed",
    );
  });

  it("masks fields named like secrets, in JSON, objects as Node prints them, and forms", () => {
    const out = redactSecrets(`{"email":"a@example.com","password":"hunter2 hunter2"} { passwordHash: '$2b$11$abc', name: 'A' } csrfToken=abc123&email=a`, []);
    expect(out).toBe(`{"email":"a@example.com","password":"[redacted]"} { passwordHash: '[redacted]', name: 'A' } csrfToken=[redacted]&email=a`);
  });

  it("masks the deployment's own secrets by value", () => {
    const known = deploymentSecrets({ NEXTAUTH_SECRET: "a-session-secret-of-32-characters-x", DATABASE_URL: "postgresql://app:long-db-password-9@h/db" });
    expect(known).toEqual(["a-session-secret-of-32-characters-x", "long-db-password-9"]);
    expect(redactSecrets("secret a-session-secret-of-32-characters-x and long-db-password-9", known)).toBe("secret [redacted] and [redacted]");
  });

  it("does not take the embedded server's short password for a secret word", () => {
    expect(deploymentSecrets({ DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:5432/workbench" })).toEqual([]);
  });
});

describe("logError", () => {
  it("logs the error and its cause without the secrets in them", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
    const token = newTokenSecret();
    const cause = Object.assign(new Error("connect failed"), { url: "postgres://app:pg-password-1@db:5432/x" });
    logError("unhandled error", new Error(`request with token ${token} and {"password":"correct horse"}`, { cause }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("unhandled error");
    expect(lines[0]).toContain("connect failed");
    for (const secret of [token, "pg-password-1", "correct horse"]) expect(lines[0]).not.toContain(secret);
  });
});
