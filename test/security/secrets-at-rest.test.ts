// Passwords and API tokens are kept only as hashes: after signing up, signing in (right and wrong),
// making a token through the API and using it, no table of the database (the event log included)
// holds any of them in plain text, and nothing the server printed meanwhile holds them either, nor
// NEXTAUTH_SECRET.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listProjects, POST as postProject } from "@/app/api/v1/projects/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { call } from "../support/api";
import { hashTokenSecret } from "@/lib/tokens/token-secret";

const printed: string[] = [];
const email = `secrets-${randomUUID()}@example.test`;
const password = `correct horse ${randomUUID()}`;
const wrongPassword = `wrong horse ${randomUUID()}`;
let token = "";
let userId = "";

/** Every public table, with how many of its rows contain `needle` anywhere in any column. */
async function rowsContaining(needle: string): Promise<Record<string, number>> {
  const tables = await db().$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(t::text, $1) > 0`, needle);
    if (row && row.n > 0) found[name] = row.n;
  }
  return found;
}

beforeAll(async () => {
  // Capture what the code prints, through console and straight to the streams.
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" ")));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }

  const created = await call(postUser, { body: { email, password, name: "Secret Keeper" } });
  expect(created.status).toBe(201);
  userId = created.body.id;
  expect((await call(postUser, { body: { email, password, name: "Again" } })).status).toBe(409);
  expect((await call(postToken, { body: { email, password: wrongPassword } })).status).toBe(401);
  expect((await call(postToken, { body: `{"email":"${email}","password":"${password}"` })).status).toBe(400);
  const issued = await call(postToken, { body: { email, password, name: "notebook" } });
  expect(issued.status).toBe(201);
  token = issued.body.token;
  expect((await call(postProject, { token, body: { name: "Kept secrets" } })).status).toBe(201);
  expect((await call(listProjects, { token })).status).toBe(200);
  expect((await call(listProjects, { token: `${token}x` })).status).toBe(401);
  // The sign-in page's path: next-auth's credentials provider, with a right and a wrong password.
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: object, r: object) => Promise<unknown> } }).options.authorize;
  expect(await authorize({ email, password }, { headers: {} })).toMatchObject({ id: userId });
  expect(await authorize({ email, password: wrongPassword }, { headers: {} })).toBeNull();
  // An unexpected failure whose message echoes what it was given, as some drivers' errors do: the
  // route answers 500 and logs it, through the redaction.
  const users = db().user;
  const lookup = vi.spyOn(users, "findUnique").mockRejectedValueOnce(new Error(`lookup failed for {"email":"${email}","password":"${password}"} on ${process.env.DATABASE_URL}`));
  expect((await call(postToken, { body: { email, password } })).status).toBe(500);
  expect(lookup).toHaveBeenCalled();
  lookup.mockRestore();
});

afterAll(() => vi.restoreAllMocks());

describe("secrets at rest", () => {
  it("keeps the password only as a bcrypt hash", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/);
    expect(await rowsContaining(password)).toEqual({});
    expect(await rowsContaining(wrongPassword)).toEqual({});
  });

  it("keeps an API token only as its sha256 (and a short prefix to recognise it by)", async () => {
    const stored = await db().apiToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).toBe(hashTokenSecret(token));
    expect(token.startsWith(stored.prefix)).toBe(true);
    expect(token.length - stored.prefix.length).toBeGreaterThanOrEqual(36);
    expect(await rowsContaining(token)).toEqual({});
    expect(await rowsContaining(token.slice(stored.prefix.length))).toEqual({});
  });

  it("never stores the session-signing secret", async () => {
    expect(await rowsContaining(process.env.NEXTAUTH_SECRET!)).toEqual({});
  });

  it("the scan finds what is there (it would see a plain password)", async () => {
    expect(await rowsContaining(email)).toHaveProperty("User", 1);
  });
});

describe("secrets in what the server printed", () => {
  it("holds no password, token or NEXTAUTH_SECRET", () => {
    const all = printed.join("\n");
    expect(all).toContain("unhandled error Error: lookup failed for");
    for (const secret of [password, wrongPassword, token, token.slice(10), process.env.NEXTAUTH_SECRET!]) expect(all).not.toContain(secret);
  });
});
