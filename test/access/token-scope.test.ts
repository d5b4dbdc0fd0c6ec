// Token scopes through the public API: a token limited to some projects finds nothing elsewhere
// (404, exactly as an outsider), a read-only token is refused every change (403), and browser
// sessions and unscoped tokens are unaffected. Enforced in lib/access/authorize-project.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getAgreement } from "@/app/api/v1/documents/[documentId]/agreement/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { GET as getEntity } from "@/app/api/v1/entities/[entityId]/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as listDocuments, POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { POST as postMember } from "@/app/api/v1/projects/[projectId]/members/route";
import { GET as getProject } from "@/app/api/v1/projects/[projectId]/route";
import { GET as listProjects, POST as postProject } from "@/app/api/v1/projects/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db/client";
import { call } from "../support/api";
import { expectError, expectHidden } from "../support/assertions";
import { createProject, createUser, type TestUser } from "../support/fixtures";

let user: TestUser;
let outsider: TestUser;
let inScope: string;
let outOfScope: string;
/** Something of each kind in the project outside the token's scope. */
let elsewhere: { documentId: string; annotationId: string; entityId: string; claimId: string };

async function token(body: object): Promise<{ id: string; token: string; status: number; body: Record<string, unknown> }> {
  const res = await call(postToken, { body: { email: user.email, password: user.password, ...body } });
  return { id: res.body?.id, token: res.body?.token, status: res.status, body: res.body };
}

async function setting(projectId: string) {
  const doc = await call(postDocument, { token: user.token, params: { projectId }, body: { title: "Testimony", text: "Thousands were executed in 1988." } });
  const ann = await call(postAnnotation, { token: user.token, params: { documentId: doc.body.id }, body: { start: 0, end: 9 } });
  const ent = await call(postEntity, { token: user.token, params: { projectId }, body: { kind: "person", name: "A witness" } });
  const claim = await call(postClaim, {
    token: user.token,
    params: { projectId },
    body: { type: "statement", fields: { speaker: ent.body.id, quote: "Thousands" }, evidence: [ann.body.id], attribution: { assertedBy: ent.body.id, stance: "asserts" } },
  });
  expect(claim.status, JSON.stringify(claim.body)).toBe(201);
  return { documentId: doc.body.id as string, annotationId: ann.body.id as string, entityId: ent.body.id as string, claimId: claim.body.id as string };
}

beforeAll(async () => {
  [user, outsider] = await Promise.all([createUser("scoped"), createUser("outsider")]);
  inScope = await createProject(user, "In scope");
  outOfScope = await createProject(user, "Out of scope");
  elsewhere = await setting(outOfScope);
});

describe("POST /api/v1/tokens with a scope", () => {
  it("stores and answers the scope; the plain {email, password, name} body still makes an unscoped token", async () => {
    const scoped = await token({ name: "R, one project", projects: [inScope], readOnly: true });
    expect(scoped.status).toBe(201);
    expect(scoped.body).toEqual({ id: expect.any(String), token: expect.stringMatching(/^pwb_/), name: "R, one project", projects: [inScope], readOnly: true });
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: scoped.id } });
    expect(row).toMatchObject({ projectIds: [inScope], readOnly: true });
    const listed = await call(listTokens, { token: user.token });
    expect(listed.body.items.find((t: { id: string }) => t.id === scoped.id)).toMatchObject({ projects: [inScope], readOnly: true });

    const plain = await token({ name: "plain" });
    expect(plain.body).toMatchObject({ projects: [], readOnly: false });
  });

  it("refuses projects the user does not belong to, naming each, and creates no token", async () => {
    const foreign = await createProject(outsider, "Not theirs");
    const before = await db().apiToken.count({ where: { userId: user.id } });
    const res = await call(postToken, { body: { email: user.email, password: user.password, projects: [inScope, foreign, "prj_nope"] } });
    expectError(res, 400, "invalid_input", [["projects", 1], ["projects", 2]]);
    expect(res.body.error.issues).toHaveLength(2);
    expectError(await call(postToken, { body: { email: user.email, password: user.password, projects: [inScope, inScope] } }), 400, "invalid_input", [["projects"]]);
    expectError(await call(postToken, { body: { email: user.email, password: user.password, readOnly: "yes" } }), 400, "invalid_input", [["readOnly"]]);
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(before);
  });
});

describe("a token limited to some projects", () => {
  let scoped: string;
  beforeAll(async () => {
    scoped = (await token({ projects: [inScope] })).token;
  });

  it("lists only its projects", async () => {
    const res = await call(listProjects, { token: scoped });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([inScope]);
    const all = await call(listProjects, { token: user.token });
    expect(all.body.items.map((p: { id: string }) => p.id)).toEqual([inScope, outOfScope]);
  });

  it("reads and writes in its projects", async () => {
    expect((await call(getProject, { token: scoped, params: { projectId: inScope } })).status).toBe(200);
    const doc = await call(postDocument, { token: scoped, params: { projectId: inScope }, body: { title: "Scoped", text: "Text." } });
    expect(doc.status).toBe(201);
  });

  it("finds nothing outside them, exactly as an outsider finds nothing", async () => {
    for (const who of [scoped, outsider.token]) {
      expectHidden(await call(getProject, { token: who, params: { projectId: outOfScope } }));
      expectHidden(await call(listDocuments, { token: who, params: { projectId: outOfScope } }));
      expectHidden(await call(getDocument, { token: who, params: { documentId: elsewhere.documentId } }), "document");
      expectHidden(await call(getClaim, { token: who, params: { claimId: elsewhere.claimId } }), "claim");
      expectHidden(await call(getEntity, { token: who, params: { entityId: elsewhere.entityId } }), "entity");
      expectHidden(await call(postDocument, { token: who, params: { projectId: outOfScope }, body: { title: "No", text: "No." } }));
      expectHidden(
        await call(patchAnnotation, { method: "PATCH", token: who, params: { annotationId: elsewhere.annotationId }, body: { note: "no" } }),
        "annotation",
      );
    }
    expect(await db().document.count({ where: { projectId: outOfScope } })).toBe(1);
  });

  it("cannot create projects or revoke other tokens, but can revoke itself", async () => {
    const own = await token({ projects: [inScope] });
    expectError(await call(postProject, { token: own.token, body: { name: "New" } }), 403, "forbidden");
    const other = await token({});
    expectError(await call(revokeToken, { method: "DELETE", token: own.token, params: { tokenId: other.id } }), 403, "forbidden");
    expect((await call(listProjects, { token: other.token })).status).toBe(200);
    expect((await call(revokeToken, { method: "DELETE", token: own.token, params: { tokenId: own.id } })).status).toBe(204);
    expectError(await call(listProjects, { token: own.token }), 401, "unauthorized");
  });
});

describe("a read-only token", () => {
  let readOnly: string;
  beforeAll(async () => {
    readOnly = (await token({ readOnly: true })).token;
  });

  it("reads everything its user may read, in every project", async () => {
    expect((await call(listProjects, { token: readOnly })).body.items).toHaveLength(2);
    expect((await call(getDocument, { token: readOnly, params: { documentId: elsewhere.documentId } })).status).toBe(200);
    expect((await call(getClaim, { token: readOnly, params: { claimId: elsewhere.claimId } })).status).toBe(200);
    // The agreement report is a read its owner may take, so the read-only token may too.
    expect((await call(getAgreement, { token: readOnly, params: { documentId: elsewhere.documentId } })).status).toBe(200);
  });

  it("is refused every change with 403 that says why, though its user is the owner, and nothing changes", async () => {
    const before = await db().event.count({ where: { projectId: outOfScope } });
    const refusals = [
      await call(postDocument, { token: readOnly, params: { projectId: outOfScope }, body: { title: "No", text: "No." } }),
      await call(postAnnotation, { token: readOnly, params: { documentId: elsewhere.documentId }, body: { start: 0, end: 4 } }),
      await call(patchAnnotation, { method: "PATCH", token: readOnly, params: { annotationId: elsewhere.annotationId }, body: { note: "no" } }),
      await call(patchClaim, { method: "PATCH", token: readOnly, params: { claimId: elsewhere.claimId }, body: { version: 1 } }),
      await call(postMember, { token: readOnly, params: { projectId: outOfScope }, body: { email: outsider.email, role: "viewer" } }),
      await call(postProject, { token: readOnly, body: { name: "New" } }),
    ];
    for (const res of refusals) {
      expectError(res, 403, "forbidden");
      expect(res.body.error.message).toMatch(/read-only/);
    }
    expect(await db().event.count({ where: { projectId: outOfScope } })).toBe(before);
  });

  it("still answers 404 to what its user cannot see", async () => {
    const foreign = await createProject(outsider, "Foreign");
    expectHidden(await call(getProject, { token: readOnly, params: { projectId: foreign } }));
    expectHidden(await call(postDocument, { token: readOnly, params: { projectId: foreign }, body: { title: "No", text: "No." } }));
  });
});

describe("browser sessions", () => {
  it("are unaffected by the scopes of the user's tokens", async () => {
    const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id }, secret: process.env.NEXTAUTH_SECRET ?? "" })}`;
    const listed = await call(listProjects, { headers: { cookie } });
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([inScope, outOfScope]);
    const doc = await call(postDocument, { headers: { cookie }, params: { projectId: outOfScope }, body: { title: "By session", text: "Fine." } });
    expect(doc.status).toBe(201);
  });
});

describe("the API routes", () => {
  const v1 = path.resolve(import.meta.dirname, "../../app/api/v1");
  const files = readdirSync(v1, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

  it("hand the gate the actor, with its token scope, never a bare user id", () => {
    expect(files.length).toBeGreaterThan(30);
    const bare = files.filter((f) => /authorize\w*\(\s*actor\.userId/.test(readFileSync(path.join(v1, f), "utf8")));
    expect(bare, "pass `actor` (which carries the token's scope) to authorize*(), not `actor.userId`").toEqual([]);
  });
});
