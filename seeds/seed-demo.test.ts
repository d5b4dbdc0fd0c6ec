// The demo seed against the test database: everything the newcomer should find, and a second run
// (every start runs it) adds nothing.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { verifyChain } from "../lib/provenance/verify-chain";
import { verifyCredentials } from "../lib/auth/verify-credentials";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "./demo-accounts";
import { seedDemo } from "./seed-demo";
import sources from "./sources.json";

describe("seedDemo", () => {
  it("loads accounts of every role and the five sources once, byte for byte", async () => {
    const first = await seedDemo();
    expect(first).toEqual({ usersCreated: 4, projectCreated: true, documentsCreated: 5, entitiesCreated: 32, annotationsCreated: 48, claimsCreated: 48 });
    const second = await seedDemo();
    expect(second).toEqual({ usersCreated: 0, projectCreated: false, documentsCreated: 0, entitiesCreated: 0, annotationsCreated: 0, claimsCreated: 0 });

    const members = await db().membership.findMany({ where: { projectId: DEMO_PROJECT.id }, include: { user: true } });
    expect(members.map((m) => [m.user.email, m.role]).sort()).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role]).sort());
    const user = await verifyCredentials({ email: DEMO_ACCOUNTS[1]!.email, password: DEMO_PASSWORD, ip: "198.18.0.1" });
    expect(user.email).toBe(DEMO_ACCOUNTS[1]!.email);

    const documents = await db().document.findMany({ where: { projectId: DEMO_PROJECT.id }, orderBy: { id: "asc" } });
    expect(documents).toHaveLength(5);
    for (const [i, source] of sources.sources.entries()) {
      const doc = documents[i]!;
      const bytes = await readFile(new URL(`./sources/${source.file}`, import.meta.url));
      expect(doc.id).toBe(source.id);
      expect(doc.text).toBe(bytes.toString("utf8"));
      expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(doc.length).toBe(bytes.toString("utf8").length);
      expect(doc.publisher).toBe(source.publisher);
      expect(doc.language).toBe("en");
    }
    const chain = await verifyChain(DEMO_PROJECT.id);
    // Project, memberships, documents; then the entities, annotations, claims and submissions of seed-claims.ts.
    expect(chain).toMatchObject({ ok: true, count: 1 + 4 + 5 + 32 + 48 + 48 + 42 });
  });
});
