// Judging an entity's reliability as a source, on the real database: reviewers and owners set and
// clear it; an annotator may rename an entity but not judge it, and a refused judgement changes nothing.
import { describe, expect, it } from "vitest";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { createTeam } from "@/test/support/fixtures";
import { GET as getEntity, PATCH as patchEntity } from "./route";

describe("PATCH /entities/{entityId} reliability", () => {
  it("is set and cleared by a reviewer, refused to an annotator and a viewer", async () => {
    const team = await createTeam();
    const made = await call(postEntity, { token: team.annotator.token, params: { projectId: team.projectId }, body: { kind: "organization", name: "سازمان عفو بین‌الملل" } });
    const params = { entityId: made.body.id };
    const reliability = async () => (await call(getEntity, { token: team.viewer.token, params })).body.reliability;

    expectError(await call(patchEntity, { method: "PATCH", token: team.annotator.token, params, body: { reliability: "B" } }), 403, "forbidden");
    expectError(await call(patchEntity, { method: "PATCH", token: team.viewer.token, params, body: { reliability: "B" } }), 403, "forbidden");
    expect(await reliability()).toBeNull();
    expect((await call(patchEntity, { method: "PATCH", token: team.annotator.token, params, body: { aliases: ["Amnesty International"] } })).status).toBe(200);

    const set = await call(patchEntity, { method: "PATCH", token: team.reviewer.token, params, body: { reliability: "B" } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ reliability: "B", aliases: ["Amnesty International"] });
    expect(await reliability()).toBe("B");
    expectError(await call(patchEntity, { method: "PATCH", token: team.owner.token, params, body: { reliability: "Z" } }), 400, "invalid_input", [["reliability"]]);
    expect((await call(patchEntity, { method: "PATCH", token: team.owner.token, params, body: { reliability: null } })).status).toBe(200);
    expect(await reliability()).toBeNull();
  });
});
