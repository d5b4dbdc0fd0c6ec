// The database itself guards the evidence: a document's text never changes and the event log is
// append-only, whatever code (or person with SQL access) tries.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { call } from "../support/api";
import { createProject, createUser, type TestUser } from "../support/fixtures";
import { db } from "@/lib/db/client";

let owner: TestUser;
let projectId: string;
let documentId: string;

beforeAll(async () => {
  owner = await createUser("triggers");
  projectId = await createProject(owner);
  const res = await call(createDocument, { token: owner.token, params: { projectId }, body: { title: "Evidence", text: "Original text." } });
  expect(res.status).toBe(201);
  documentId = res.body.id;
});

describe("Document immutability", () => {
  it.each([
    ["text", `UPDATE "Document" SET "text" = 'Forged text.' WHERE id = $1`],
    ["sha256", `UPDATE "Document" SET "sha256" = repeat('0', 64) WHERE id = $1`],
    ["length", `UPDATE "Document" SET "length" = "length" + 1 WHERE id = $1`],
    ["projectId", `UPDATE "Document" SET "projectId" = 'prj_elsewhere' WHERE id = $1`],
  ])("rejects a raw SQL UPDATE of %s", async (_column, sql) => {
    await expect(db().$executeRawUnsafe(sql, documentId)).rejects.toThrow(/immutable/);
    const row = await db().document.findUniqueOrThrow({ where: { id: documentId } });
    expect(row).toMatchObject({ text: "Original text.", length: 14, projectId });
  });

  it("rejects the same change through Prisma", async () => {
    await expect(db().document.update({ where: { id: documentId }, data: { text: "Forged" } })).rejects.toThrow(/immutable/);
  });

  it("still allows correcting metadata such as the title", async () => {
    await db().document.update({ where: { id: documentId }, data: { title: "Evidence (corrected title)" } });
    expect((await db().document.findUniqueOrThrow({ where: { id: documentId } })).title).toBe("Evidence (corrected title)");
  });
});

describe("Event log is append-only", () => {
  it("rejects UPDATE", async () => {
    const before = await db().event.findMany({ where: { projectId }, orderBy: { seq: "asc" } });
    await expect(db().$executeRaw`UPDATE "Event" SET type = 'forged' WHERE "projectId" = ${projectId}`).rejects.toThrow(/append-only/);
    await expect(db().event.updateMany({ where: { projectId }, data: { actorId: null } })).rejects.toThrow(/append-only/);
    expect(await db().event.findMany({ where: { projectId }, orderBy: { seq: "asc" } })).toEqual(before);
  });

  it("rejects DELETE", async () => {
    const count = await db().event.count({ where: { projectId } });
    expect(count).toBeGreaterThan(0);
    await expect(db().$executeRaw`DELETE FROM "Event" WHERE "projectId" = ${projectId}`).rejects.toThrow(/append-only/);
    await expect(db().event.deleteMany({ where: { projectId } })).rejects.toThrow(/append-only/);
    expect(await db().event.count({ where: { projectId } })).toBe(count);
  });

  it("rejects TRUNCATE", async () => {
    const count = await db().event.count({ where: { projectId } });
    // Inside a transaction that is rolled back in any case, so a missing trigger cannot empty the log.
    const attempt = db().$transaction(async (tx) => {
      await tx.$executeRaw`TRUNCATE "Event"`;
      throw new Error("TRUNCATE was allowed");
    });
    await expect(attempt).rejects.toThrow(/append-only/);
    expect(await db().event.count({ where: { projectId } })).toBe(count);
  });
});
