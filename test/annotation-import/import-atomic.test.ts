// An import is all or nothing: when the database refuses one of its annotations (here a trigger
// stands in for a crash half-way), none of the others, their events or the import's event remain.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { authorizeProject } from "@/lib/access/authorize-project";
import { db } from "@/lib/db/client";
import { call } from "../support/api";
import { projectState } from "../support/db-state";
import { createTeam } from "../support/fixtures";
import { importAnnotations } from "@/lib/annotation-import/import-annotations";

const trigger = `refuse_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${trigger}" ON "Annotation"`);
  await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${trigger}"()`);
});

describe("importAnnotations", () => {
  it("writes nothing when one annotation of the file cannot be written", async () => {
    const t = await createTeam();
    const doc = await call(postDocument, { token: t.annotator.token, params: { projectId: t.projectId }, body: { title: "Three words", text: "alpha beta gamma delta" } });
    expect(doc.status).toBe(201);
    await db().$executeRawUnsafe(`CREATE FUNCTION "${trigger}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER "${trigger}" BEFORE INSERT ON "Annotation" FOR EACH ROW WHEN (NEW."documentId" = '${doc.body.id}' AND NEW."exact" = 'gamma') EXECUTE FUNCTION "${trigger}"()`,
    );
    const before = await projectState(t.projectId);
    const access = await authorizeProject(t.annotator.id, t.projectId, "annotation.create");
    const file = ["alpha", "beta", "gamma"].map((exact) => ({ type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact } } }));
    await expect(importAnnotations(access, file, { documentId: doc.body.id })).rejects.toThrow(/refused for the test/);
    expect(await db().annotation.count({ where: { documentId: doc.body.id } })).toBe(0);
    expect(await projectState(t.projectId)).toEqual(before);
  });
});
