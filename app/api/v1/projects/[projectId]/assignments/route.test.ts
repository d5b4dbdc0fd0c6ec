// Assignments, blind double annotation and the agreement report, on the real database.
import { describe, expect, it } from "vitest";
import { GET as agreement } from "@/app/api/v1/documents/[documentId]/agreement/route";
import { GET as listAnnotations, POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as submitAssignment } from "@/app/api/v1/assignments/[assignmentId]/submit/route";
import { GET as listAssignments, POST as assign } from "@/app/api/v1/projects/[projectId]/assignments/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { addMember, createTeam, createUser } from "@/test/support/fixtures";

const TEXT = "In 1988, 30,000 prisoners were executed. Others say 4,000 to 5,000 were killed in Evin.";

describe("assignments and independent double annotation", () => {
  it("hides others' annotations until every assignee submits, then reports agreement", async () => {
    const team = await createTeam();
    const second = await createUser("annotator2");
    await addMember(team.owner, team.projectId, second, "annotator");
    const p = { projectId: team.projectId };
    await call(patchProject, { method: "PATCH", token: team.owner.token, params: p, body: { blindAnnotation: true } });
    const doc = await call(postDocument, { token: team.owner.token, params: p, body: { title: "Source", text: TEXT } });
    const documentId = doc.body.id as string;

    expectError(await call(assign, { token: team.annotator.token, params: p, body: { documentId, userId: second.id } }), 403, "forbidden");
    expectError(await call(assign, { token: team.owner.token, params: p, body: { documentId, userId: team.viewer.id } }), 400, "invalid_input", [["userId"]]);
    const a1 = await call(assign, { token: team.owner.token, params: p, body: { documentId, userId: team.annotator.id } });
    const a2 = await call(assign, { token: team.owner.token, params: p, body: { documentId, userId: second.id } });
    expect([a1.status, a2.status]).toEqual([201, 201]);
    expectError(await call(assign, { token: team.owner.token, params: p, body: { documentId, userId: second.id } }), 409, "conflict");

    const org = (await call(postEntity, { token: team.owner.token, params: p, body: { kind: "organization", name: "Org" } })).body.id;
    const annotate = async (token: string, start: number, end: number, count: number) => {
      const ann = await call(postAnnotation, { token, params: { documentId }, body: { start, end } });
      await call(postClaim, { token, params: p, body: { type: "victim_count", fields: { count: { kind: "exact", value: count }, outcome: "executed" }, evidence: [ann.body.id], attribution: { assertedBy: org, stance: "asserts" } } });
      return ann.body.id as string;
    };
    const mine = await annotate(team.annotator.token, 9, 39, 30000);
    await annotate(team.annotator.token, 52, 66, 4000);
    const theirs = await annotate(second.token, 9, 39, 30000);
    await annotate(second.token, 52, 70, 5000);

    const seenBy = async (token: string) => (await call(listAnnotations, { token, params: { documentId } })).body.items.map((a: { id: string }) => a.id);
    expect(await seenBy(team.annotator.token)).not.toContain(theirs);
    expectHidden(await call(getAnnotation, { token: team.annotator.token, params: { annotationId: theirs } }), "annotation");
    expect(await seenBy(team.reviewer.token)).toHaveLength(4);

    const queue = await call(listAssignments, { token: team.annotator.token, params: p });
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({ userId: team.annotator.id, progress: { annotations: 2, claims: 2 }, submittedAt: null });
    expectHidden(await call(submitAssignment, { token: second.token, params: { assignmentId: a1.body.id } }), "assignment");
    await call(submitAssignment, { token: team.annotator.token, params: { assignmentId: a1.body.id } });
    expect(await seenBy(team.annotator.token)).not.toContain(theirs);
    await call(submitAssignment, { token: second.token, params: { assignmentId: a2.body.id } });
    expect(await seenBy(team.annotator.token)).toContain(theirs);
    expect(await seenBy(second.token)).toContain(mine);

    expectError(await call(agreement, { token: team.annotator.token, params: { documentId } }), 403, "forbidden");
    const report = await call(agreement, { token: team.reviewer.token, params: { documentId } });
    expect(report.status).toBe(200);
    expect(report.body.pairs).toHaveLength(1);
    expect(report.body.pairs[0]).toMatchObject({ exactF1: 0.5, overlapF1: 1 });
    const count = report.body.fields.find((f: { field: string }) => f.field === "victim_count.count");
    expect(count.units).toBe(2);
    expect(count.disagreements).toHaveLength(1);
    expect(report.body.fields.find((f: { field: string }) => f.field === "type").alpha).toBe(1);
  });
});
