// Review workflow, deprecation, bulk decisions, comments and concurrent edits, on the real database.
import { describe, expect, it } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getComments, POST as postComment } from "@/app/api/v1/claims/[claimId]/comments/route";
import { POST as deprecate } from "@/app/api/v1/claims/[claimId]/deprecate/route";
import { GET as getHistory } from "@/app/api/v1/claims/[claimId]/history/route";
import { GET as listReviews, POST as review } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as submit } from "@/app/api/v1/claims/[claimId]/submit/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { POST as bulk } from "@/app/api/v1/projects/[projectId]/reviews/route";
import { PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { addMember, createTeam, createUser, type Team, type TestUser } from "@/test/support/fixtures";

async function draftClaim(team: Team, author: TestUser = team.annotator): Promise<string> {
  const p = { projectId: team.projectId };
  const doc = await call(postDocument, { token: author.token, params: p, body: { title: "A", text: "Some 30,000 prisoners were executed." } });
  const ann = await call(postAnnotation, { token: author.token, params: { documentId: doc.body.id }, body: { start: 5, end: 11 } });
  const org = await call(postEntity, { token: author.token, params: p, body: { kind: "organization", name: "Org" } });
  const res = await call(postClaim, {
    token: author.token,
    params: p,
    body: { type: "victim_count", fields: { count: { kind: "approx", value: 30000 }, outcome: "executed" }, evidence: [ann.body.id], attribution: { assertedBy: org.body.id, stance: "asserts" } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

const history = async (token: string, claimId: string) =>
  (await call(getHistory, { token, params: { claimId } })).body.items.map((e: { type: string; data: { review?: { decision: string } } }) => e.data.review?.decision ?? e.type);

describe("review workflow", () => {
  it("submit, request changes, edit, resubmit, two approvals; nobody approves their own claim", async () => {
    const team = await createTeam();
    const second = await createUser("reviewer2");
    await addMember(team.owner, team.projectId, second, "reviewer");
    expect((await call(patchProject, { method: "PATCH", token: team.owner.token, params: { projectId: team.projectId }, body: { requiredApprovals: 2 } })).body.settings.requiredApprovals).toBe(2);
    const claimId = await draftClaim(team);
    const claim = { params: { claimId } };
    expectError(await call(review, { ...claim, token: team.reviewer.token, body: { decision: "approve" } }), 409, "conflict");
    expect((await call(submit, { ...claim, token: team.annotator.token })).body.status).toBe("submitted");
    expectError(await call(review, { ...claim, token: team.reviewer.token, body: { decision: "request_changes" } }), 400, "invalid_input", [["note"]]);
    expectError(await call(review, { ...claim, token: team.viewer.token, body: { decision: "approve" } }), 403, "forbidden");
    expectHidden(await call(review, { ...claim, token: team.outsider.token, body: { decision: "approve" } }), "claim");
    const changes = await call(review, { ...claim, token: team.reviewer.token, body: { decision: "request_changes", note: "Say it is approximate." } });
    expect(changes.body.claim.status).toBe("changes_requested");
    const version = changes.body.claim.version;
    const edited = await call(patchClaim, { ...claim, method: "PATCH", token: team.annotator.token, body: { version, fields: { count: { kind: "approx", value: 30000 }, outcome: "executed", period: { from: "1988" } } } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    await call(submit, { ...claim, token: team.annotator.token });
    const first = await call(review, { ...claim, token: team.reviewer.token, body: { decision: "approve", credibility: 3 } });
    expect(first.body.claim).toMatchObject({ status: "submitted", credibility: 3 });
    const again = await call(review, { ...claim, token: team.reviewer.token, body: { decision: "approve" } });
    expect(again.body.claim.status).toBe("submitted");
    const approved = await call(review, { ...claim, token: second.token, body: { decision: "approve", credibility: 2 } });
    expect(approved.body.claim).toMatchObject({ status: "approved", credibility: 2 });

    const own = await draftClaim(team, team.reviewer);
    await call(submit, { params: { claimId: own }, token: team.reviewer.token });
    expectError(await call(review, { params: { claimId: own }, token: team.reviewer.token, body: { decision: "approve" } }), 403, "forbidden");

    expect(await history(team.viewer.token, claimId)).toEqual(["claim.created", "claim.submitted", "request_changes", "claim.updated", "claim.submitted", "approve", "approve", "approve"]);
    expect((await call(listReviews, { ...claim, token: team.viewer.token })).body.items).toHaveLength(4);
  });

  it("deprecates a vetted claim with a reason; it stays visible and can never be deleted", async () => {
    const team = await createTeam();
    const claimId = await draftClaim(team);
    await call(submit, { params: { claimId }, token: team.annotator.token });
    await call(review, { params: { claimId }, token: team.reviewer.token, body: { decision: "approve" } });
    expectError(await call(deprecate, { params: { claimId }, token: team.reviewer.token, body: {} }), 400, "invalid_input", [["reason"]]);
    expectError(await call(deprecate, { params: { claimId }, token: team.annotator.token, body: { reason: "x" } }), 403, "forbidden");
    const res = await call(deprecate, { params: { claimId }, token: team.reviewer.token, body: { reason: "The figure was misread from the source." } });
    expect(res.body.deprecated).toMatchObject({ reason: "The figure was misread from the source.", by: team.reviewer.id });
    expect((await call(getClaim, { params: { claimId }, token: team.viewer.token })).body.status).toBe("approved");
    await expect(db().$executeRawUnsafe(`DELETE FROM "Claim" WHERE id = $1`, claimId)).rejects.toThrow(/never deleted/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "Review" WHERE "claimId" = $1`, claimId)).rejects.toThrow(/permanent record/);
  });

  it("bulk decisions record each claim's own review and event, and refuse the reviewer's own", async () => {
    const team = await createTeam();
    const ids = [await draftClaim(team), await draftClaim(team), await draftClaim(team, team.reviewer)];
    for (const [i, id] of ids.entries()) await call(submit, { params: { claimId: id }, token: i < 2 ? team.annotator.token : team.reviewer.token });
    const res = await call(bulk, { token: team.reviewer.token, params: { projectId: team.projectId }, body: { claimIds: ids, review: { decision: "approve" } } });
    expect(res.body.applied).toBe(2);
    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(res.body.results[2].error.code).toBe("forbidden");
    for (const id of ids.slice(0, 2)) expect(await history(team.viewer.token, id)).toEqual(["claim.created", "claim.submitted", "approve"]);
  });

  it("threads comments on claims", async () => {
    const team = await createTeam();
    const claimId = await draftClaim(team);
    const first = await call(postComment, { params: { claimId }, token: team.reviewer.token, body: { body: "Which page of the report?" } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ author: team.reviewer.id, authorName: team.reviewer.name });
    await call(postComment, { params: { claimId }, token: team.annotator.token, body: { body: "Page 3.", parentId: first.body.id } });
    expectError(await call(postComment, { params: { claimId }, token: team.viewer.token, body: { body: "x" } }), 403, "forbidden");
    expectError(await call(postComment, { params: { claimId }, token: team.annotator.token, body: { body: "x", parentId: "cmt_nope" } }), 400, "invalid_input", [["parentId"]]);
    const list = await call(getComments, { params: { claimId }, token: team.viewer.token });
    expect(list.body.items.map((c: { body: string; parentId: string | null; authorName: string }) => [c.body, c.parentId, c.authorName])).toEqual([
      ["Which page of the report?", null, team.reviewer.name],
      ["Page 3.", first.body.id, team.annotator.name],
    ]);
  });
});

describe("concurrent edits", () => {
  it("100 pairs of racing edits: exactly one winner each, no update lost, a complete history", async () => {
    const team = await createTeam();
    const claimId = await draftClaim(team);
    let version = 1;
    for (let i = 0; i < 100; i++) {
      const edit = (value: number) =>
        call(patchClaim, { method: "PATCH", params: { claimId }, token: team.annotator.token, body: { version, fields: { count: { kind: "exact", value }, outcome: "executed" } } });
      const [a, b] = await Promise.all([edit(1000 + i), edit(2000 + i)]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winner = a.status === 200 ? a : b;
      expect(loser.body.error.current.version).toBe(version + 1);
      expect(loser.body.error.current.fields).toEqual(winner.body.fields);
      version += 1;
    }
    const final = await call(getClaim, { params: { claimId }, token: team.viewer.token });
    expect(final.body.version).toBe(101);
    // 101 events: more than one page of the default 50, so ask for one page of them all.
    const events = (await call(getHistory, { params: { claimId }, token: team.viewer.token, url: "/history?limit=500" })).body.items;
    expect(events.filter((e: { type: string }) => e.type === "claim.updated")).toHaveLength(100);
    events.slice(1).forEach((e: { data: { before: { version: number }; after: { version: number } } }, i: number) => {
      expect(e.data.before.version).toBe(i + 1);
      expect(e.data.after.version).toBe(i + 2);
    });
  }, 120_000);
});
