// A real server run as a deployment would be: its own database role with its own password, a
// NEXTAUTH_SECRET, and NEXTAUTH_URL on https. Through its HTTP API someone signs up, signs in through
// next-auth (and fails once), makes an API token and uses it. The sign-in sets Secure, HttpOnly,
// SameSite=Lax cookies with the __Secure-/__Host- prefixes, pages ask for https (HSTS), and nothing
// the server printed to stdout or stderr holds the password, the token, the session cookie, the
// secret or the database password.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { newAccount } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://localhost:${PORT}`;

async function waitForHealth(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error("the server exited while starting");
    if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

const cookiePair = (setCookie: string) => setCookie.split(";")[0]!;

test("[SECURITY]: a deployment's sign-in sets secure cookies, and its logs hold no secret", async () => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "workbench-logs-"));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false });
  const dbPassword = `db-${randomBytes(12).toString("hex")}`;
  const admin = postgres(pg.url, { onnotice: () => {} });
  await admin.unsafe(`CREATE ROLE workbench_app LOGIN PASSWORD '${dbPassword}'`);
  await admin.unsafe(`CREATE DATABASE workbench_logs OWNER workbench_app`);
  await admin.end();
  const secret = randomBytes(32).toString("base64url");
  let logs = "";
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: `postgresql://workbench_app:${dbPassword}@127.0.0.1:${pg.port}/workbench_logs`, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `https://localhost:${PORT}`, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (logs += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (logs += d.toString()));
  const account = newAccount("logs");
  const wrongPassword = `wrong-${randomBytes(8).toString("hex")}`;
  const seen: string[] = [];
  try {
    await waitForHealth(server);
    const json = { "content-type": "application/json" };
    expect((await fetch(`${BASE}/api/v1/users`, { method: "POST", headers: json, body: JSON.stringify(account) })).status).toBe(201);

    // next-auth's sign-in, as the sign-in form does it: a CSRF token in a __Host- cookie and the form.
    const signIn = async (password: string) => {
      const csrf = await fetch(`${BASE}/api/auth/csrf`);
      const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-next-auth.csrf-token="))!;
      expect(csrfCookie).toMatch(/; HttpOnly/);
      expect(csrfCookie).toMatch(/; Secure/);
      expect(csrfCookie).toMatch(/; SameSite=Lax/i);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      seen.push(csrfToken);
      const form = new URLSearchParams({ csrfToken, email: account.email, password, json: "true" });
      const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePair(csrfCookie), origin: BASE },
        body: form,
        redirect: "manual",
      });
      return res.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
    };
    expect(await signIn(wrongPassword)).toBeUndefined();
    const session = await signIn(account.password);
    expect(session).toMatch(/^__Secure-next-auth\.session-token=ey/);
    for (const flag of [/; HttpOnly/, /; Secure/, /; SameSite=Lax/i, /; Path=\//]) expect(session).toMatch(flag);
    seen.push(cookiePair(session!).split("=")[1]!);

    // The session works on the API from our own origin, and not from another site.
    const sessionHeaders = { ...json, cookie: cookiePair(session!) };
    const own = await fetch(`${BASE}/api/v1/projects`, { method: "POST", headers: { ...sessionHeaders, origin: BASE }, body: JSON.stringify({ name: "Logs" }) });
    expect(own.status).toBe(201);
    const forged = await fetch(`${BASE}/api/v1/projects`, { method: "POST", headers: { ...sessionHeaders, origin: "https://evil.example" }, body: JSON.stringify({ name: "Forged" }) });
    expect(forged.status).toBe(403);

    const issued = await fetch(`${BASE}/api/v1/tokens`, { method: "POST", headers: json, body: JSON.stringify({ email: account.email, password: account.password }) });
    const { token } = (await issued.json()) as { token: string };
    expect(token).toMatch(/^pwb_/);
    expect((await fetch(`${BASE}/api/v1/projects`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${BASE}/api/v1/projects`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${BASE}/api/v1/tokens`, { method: "POST", headers: json, body: JSON.stringify({ email: account.email, password: wrongPassword }) })).status).toBe(401);
    expect((await fetch(`${BASE}/api/v1/tokens`, { method: "POST", headers: json, body: `{"email":"${account.email}","password":"${account.password}"` })).status).toBe(400);
    seen.push(token);

    const page = await fetch(`${BASE}/sign-in`);
    expect(page.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
  expect(logs).toContain("Provenance workbench is running");
  for (const s of [account.password, wrongPassword, secret, dbPassword, ...seen]) expect(logs.includes(s), `the logs hold ${s.slice(0, 6)}…`).toBe(false);
});
