import { beforeAll, describe, expect, it } from "vitest";
import { POST as createDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createProject, createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

let team: Team;

beforeAll(async () => {
  team = await createTeam();
});

const verify = (projectId: string, token = team.owner.token) => call(GET, { token, params: { projectId } });

describe("GET /api/v1/projects/{projectId}/events/verify", () => {
  it("reports an intact chain with its length and head hash", async () => {
    const res = await verify(team.projectId);
    expect(res.status).toBe(200);
    const head = await db().event.findFirstOrThrow({ where: { projectId: team.projectId }, orderBy: { seq: "desc" } });
    // project.created and four member.added.
    expect(res.body).toEqual({ ok: true, count: 5, headHash: head.hash });
  });

  it("counts each new event and moves the head", async () => {
    const projectId = await createProject(team.owner);
    const before = await verify(projectId);
    expect(before.body).toMatchObject({ ok: true, count: 2 });
    for (let i = 0; i < 3; i++) {
      const doc = await call(createDocument, { token: team.owner.token, params: { projectId }, body: { title: `D${i}`, text: `t${i}` } });
      expect(doc.status).toBe(201);
    }
    const after = await verify(projectId);
    expect(after.body).toMatchObject({ ok: true, count: 5 });
    expect(after.body.headHash).not.toBe(before.body.headHash);
  });

  it("reports a forged event appended behind the app's back", async () => {
    const projectId = await createProject(team.owner);
    const head = await db().event.findFirstOrThrow({ where: { projectId }, orderBy: { seq: "desc" } });
    await db().$executeRaw`
      INSERT INTO "Event" ("projectId", seq, "actorId", type, "subjectType", "subjectId", data, "prevHash", hash)
      VALUES (${projectId}, ${head.seq + 1}, ${team.owner.id}, 'member.added', 'member', 'usr_forged', '{}'::jsonb, ${head.hash}, ${"f".repeat(64)})`;
    const res = await verify(projectId);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: false, count: head.seq, headHash: head.hash, brokenAtSeq: head.seq + 1 });
  });

  it.each(["reviewer", "annotator", "viewer"] as const)("lets a %s verify", async (role) => {
    expect((await verify(team.projectId, team[role].token)).body.ok).toBe(true);
  });

  it("hides the project from an outsider and answers 401 without a token", async () => {
    expectHidden(await verify(team.projectId, team.outsider.token));
    expectError(await call(GET, { params: { projectId: team.projectId } }), 401, "unauthorized");
  });
});
