// The review queue on the real database: what waits, for how long, with how many approvals, and
// which claims are the viewer's own.
import { describe, expect, it } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as review } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { POST as submit } from "@/app/api/v1/claims/[claimId]/submit/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { call } from "../support/api";
import { addMember, createTeam, createUser, type TestUser } from "../support/fixtures";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";

async function claimOn(projectId: string, author: TestUser, documentId: string, start: number, type: "victim_count" | "statement" = "victim_count") {
  const p = { projectId };
  const ann = await call(postAnnotation, { token: author.token, params: { documentId }, body: { start, end: start + 4 } });
  const org = await call(postEntity, { token: author.token, params: p, body: { kind: "organization", name: "Org" } });
  const fields = type === "victim_count" ? { count: { kind: "exact", value: 1 }, outcome: "killed" } : { speaker: org.body.id, quote: "words" };
  const res = await call(postClaim, { token: author.token, params: p, body: { type, fields, evidence: [ann.body.id], attribution: { assertedBy: org.body.id, stance: "asserts" } } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe("listReviewQueue", () => {
  it("lists submitted and disputed claims with approvals of the current version, own claims marked, filters applied", async () => {
    const team = await createTeam();
    const second = await createUser("reviewer2");
    await addMember(team.owner, team.projectId, second, "reviewer");
    await call(patchProject, { method: "PATCH", token: team.owner.token, params: { projectId: team.projectId }, body: { requiredApprovals: 2 } });
    const p = { projectId: team.projectId };
    const doc = (await call(postDocument, { token: team.owner.token, params: p, body: { title: "A", text: "one two three four five six seven eight" } })).body.id as string;
    const other = (await call(postDocument, { token: team.owner.token, params: p, body: { title: "B", text: "nine ten eleven twelve" } })).body.id as string;
    const waiting = await claimOn(team.projectId, team.annotator, doc, 0);
    const draft = await claimOn(team.projectId, team.annotator, doc, 4);
    const mine = await claimOn(team.projectId, team.reviewer, other, 0, "statement");
    for (const [id, author] of [[waiting, team.annotator], [mine, team.reviewer]] as const) await call(submit, { params: { claimId: id }, token: author.token });
    await call(review, { params: { claimId: waiting }, token: second.token, body: { decision: "approve" } });

    const access = { projectId: team.projectId, userId: team.reviewer.id, role: "reviewer" as const };
    const queue = await listReviewQueue(access, {});
    expect(queue.requiredApprovals).toBe(2);
    expect(queue.items.map((i) => i.claim.id)).toEqual([waiting, mine]);
    expect(queue.items.map((i) => i.claim.id)).not.toContain(draft);
    expect(queue.items[0]).toMatchObject({ own: false, approvals: { count: 1, byViewer: false }, lastReview: { reviewerId: second.id, decision: "approve" } });
    expect(queue.items[1]).toMatchObject({ own: true, approvals: { count: 0, byViewer: false }, lastReview: null });

    expect((await listReviewQueue(access, { annotatorId: team.annotator.id })).items.map((i) => i.claim.id)).toEqual([waiting]);
    expect((await listReviewQueue(access, { type: "statement" })).items.map((i) => i.claim.id)).toEqual([mine]);
    expect((await listReviewQueue(access, { documentId: other })).items.map((i) => i.claim.id)).toEqual([mine]);
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect((await listReviewQueue(access, { olderThanDays: 1 })).items).toEqual([]);
    expect((await listReviewQueue(access, { olderThanDays: 1 }, later)).items).toHaveLength(2);

    await call(review, { params: { claimId: waiting }, token: team.reviewer.token, body: { decision: "dispute", note: "Another source says otherwise." } });
    const disputed = (await listReviewQueue(access, {})).items.find((i) => i.claim.id === waiting);
    expect(disputed).toMatchObject({ claim: { status: "disputed" }, approvals: { count: 0 }, lastReview: { decision: "dispute", note: "Another source says otherwise." } });
    expect(Date.parse(disputed!.waitingSince)).toBeGreaterThan(Date.parse(queue.items[0]!.waitingSince));
  });

  it("pages through the queue in order of creation with a cursor, every claim once", async () => {
    const team = await createTeam();
    const p = { projectId: team.projectId };
    const doc = (await call(postDocument, { token: team.owner.token, params: p, body: { title: "A", text: "one two three four five six seven eight" } })).body.id as string;
    const ids: string[] = [];
    for (const start of [0, 4, 8]) ids.push(await claimOn(team.projectId, team.annotator, doc, start));
    for (const id of ids) await call(submit, { params: { claimId: id }, token: team.annotator.token });
    const access = { projectId: team.projectId, userId: team.reviewer.id, role: "reviewer" as const };

    const first = await listReviewQueue(access, {}, new Date(), { limit: 2 });
    expect(first.items.map((i) => i.claim.id)).toEqual(ids.slice(0, 2));
    expect(first.truncated).toBe(true);
    const second = await listReviewQueue(access, {}, new Date(), { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.claim.id)).toEqual(ids.slice(2));
    expect(second).toMatchObject({ truncated: false, nextCursor: null });
    await expect(listReviewQueue(access, {}, new Date(), { limit: 2, cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "invalid_input" });
  });
});
