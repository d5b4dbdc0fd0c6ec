// Importing a corrected text as a new version: annotations move or go to the orphan queue, the
// old version keeps its anchors, a person resolves the orphans, and the event chain stays whole.
import { describe, expect, it } from "vitest";
import { GET as getAnnotations, POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getOrphans } from "@/app/api/v1/documents/[documentId]/orphans/route";
import { GET as getVersions, POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as resolve } from "@/app/api/v1/annotations/[annotationId]/resolve/route";
import { DELETE as deleteAnnotation, GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as verify } from "@/app/api/v1/projects/[projectId]/events/verify/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam } from "@/test/support/fixtures";

const V1 = [
  "In the summer of 1988 the regime executed 30,000 political prisoners.",
  "A delegation called the Death Commission was formed to implement the fatwa.",
  "Members of the commission hold office today.",
].join("\n\n");
const V2 = ["Editor's note: corrected on review.", V1.replace("\n\nMembers of the commission hold office today.", "")].join("\n\n");

describe("document versions and re-anchoring", () => {
  it("moves what it can place, orphans the rest, keeps the old anchors, and lets a person decide", async () => {
    const team = await createTeam();
    const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Source", text: V1 } });
    const documentId = doc.body.id as string;
    const ids: Record<string, string> = {};
    for (const exact of ["30,000 political prisoners", "Death Commission", "hold office today"]) {
      const res = await call(postAnnotation, { token: team.annotator.token, params: { documentId }, body: { quote: { exact } } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids[exact] = res.body.id;
    }

    const imported = await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: V2 } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body).toMatchObject({ version: 2, lineageId: documentId, reanchoring: { placed: 2, orphaned: 1 } });
    const v2 = imported.body.id as string;

    const onNew = await call(getAnnotations, { token: team.viewer.token, params: { documentId: v2 } });
    expect(onNew.body.items.map((a: { exact: string }) => a.exact).sort()).toEqual(["30,000 political prisoners", "Death Commission"]);
    for (const a of onNew.body.items) expect(V2.slice(a.start, a.end)).toBe(a.exact);

    const onOld = await call(getAnnotations, { token: team.viewer.token, params: { documentId } });
    expect(onOld.body.items).toHaveLength(3);
    for (const a of onOld.body.items) expect(V1.slice(a.start, a.end)).toBe(a.exact);

    const orphans = await call(getOrphans, { token: team.viewer.token, params: { documentId: v2 } });
    expect(orphans.body.items.map((a: { id: string }) => a.id)).toEqual([ids["hold office today"]]);
    expect(orphans.body.items[0].orphan).toMatchObject({ fromDocumentId: documentId, toDocumentId: v2 });

    // Re-attach to a span of the newest version; a bad span is refused and changes nothing.
    const orphanId = ids["hold office today"]!;
    expectError(await call(resolve, { token: team.annotator.token, params: { annotationId: orphanId }, body: { action: "reattach", start: 0, end: V2.length + 5 } }), 400, "invalid_input");
    const start = V2.indexOf("Death Commission");
    const reattached = await call(resolve, { token: team.annotator.token, params: { annotationId: orphanId }, body: { action: "reattach", start, end: start + 5 } });
    expect(reattached.status, JSON.stringify(reattached.body)).toBe(200);
    expect(reattached.body).toMatchObject({ status: "active", documentId: v2, exact: "Death" });
    expectError(await call(resolve, { token: team.annotator.token, params: { annotationId: orphanId }, body: { action: "retire" } }), 409, "conflict");

    const versions = await call(getVersions, { token: team.viewer.token, params: { documentId: v2 } });
    expect(versions.body.items.map((d: { version: number }) => d.version)).toEqual([1, 2]);

    const chain = await call(verify, { token: team.viewer.token, params: { projectId: team.projectId } });
    expect(chain.body.ok).toBe(true);
    const types = (await db().event.findMany({ where: { projectId: team.projectId }, select: { type: true } })).map((e) => e.type);
    expect(types.filter((t) => t === "annotation.reanchored")).toHaveLength(2);
    expect(types).toContain("annotation.orphaned");
    expect(types).toContain("annotation.reattached");
  });

  it("refuses an identical text, an annotation on an old version, and outsiders", async () => {
    const team = await createTeam();
    const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Source", text: V1 } });
    const documentId = doc.body.id as string;
    expectError(await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: V1 } }), 409, "conflict");
    expectHidden(await call(postVersion, { token: team.outsider.token, params: { documentId }, body: { text: V2 } }), "document");
    expectError(await call(postVersion, { token: team.viewer.token, params: { documentId }, body: { text: V2 } }), 403, "forbidden");
    expectError(await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: V2, html: "<p>x</p>" } }), 400, "invalid_input", [["html"]]);
    expect((await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: V2 } })).status).toBe(201);
    expectError(await call(postAnnotation, { token: team.annotator.token, params: { documentId }, body: { start: 0, end: 5 } }), 409, "conflict");
    expectError(await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: V2 + " more" } }), 409, "conflict");
  });
});

describe("GET|DELETE /api/v1/annotations/{annotationId}", () => {
  it("withdraws an annotation without erasing it; only its author or an owner may", async () => {
    const team = await createTeam();
    const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Source", text: V1 } });
    const created = await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc.body.id }, body: { start: 0, end: 6 } });
    const annotationId = created.body.id as string;
    expect((await call(getAnnotation, { token: team.viewer.token, params: { annotationId } })).body.exact).toBe("In the");
    expectHidden(await call(getAnnotation, { token: team.outsider.token, params: { annotationId } }), "annotation");
    expectError(await call(deleteAnnotation, { method: "DELETE", token: team.reviewer.token, params: { annotationId } }), 403, "forbidden");
    expect((await call(deleteAnnotation, { method: "DELETE", token: team.annotator.token, params: { annotationId } })).status).toBe(204);
    expectHidden(await call(getAnnotation, { token: team.viewer.token, params: { annotationId } }), "annotation");
    const row = await db().annotation.findUnique({ where: { id: annotationId } });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect(row?.deletedById).toBe(team.annotator.id);
    await expect(db().$executeRawUnsafe(`DELETE FROM "Annotation" WHERE id = $1`, annotationId)).rejects.toThrow(/never deleted/);
  });
});
