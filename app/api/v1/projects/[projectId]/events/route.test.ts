import { beforeAll, describe, expect, it } from "vitest";
import { POST as createDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

let team: Team;
let documentId: string;

interface EventItem {
  id: string;
  seq: number;
  type: string;
  subjectId: string;
  prevHash: string;
  hash: string;
}

beforeAll(async () => {
  team = await createTeam();
  const doc = await call(createDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "T", text: "x" } });
  documentId = doc.body.id;
});

const list = (url = "/x", token = team.viewer.token) => call(GET, { token, params: { projectId: team.projectId }, url });

describe("GET /api/v1/projects/{projectId}/events", () => {
  it("answers the whole log in order, each event linked to the one before", async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const items = res.body.items as EventItem[];
    expect(items.map((e) => [e.seq, e.type])).toEqual([
      [1, "project.created"],
      [2, "member.added"],
      [3, "member.added"],
      [4, "member.added"],
      [5, "member.added"],
      [6, "document.created"],
    ]);
    expect(items[0]?.prevHash).toBe("0".repeat(64));
    items.slice(1).forEach((e, i) => expect(e.prevHash).toBe(items[i]?.hash));
    expect(items[5]).toMatchObject({ subjectType: "document", subjectId: documentId, actorId: team.annotator.id, createdAt: expect.stringMatching(/Z$/) });
    expect(items[5]).toHaveProperty("data.after.sha256");
    expect(items.every((e) => typeof e.id === "string" && /^\d+$/.test(e.id))).toBe(true);
  });

  it("answers only the events after a given event id, and pages by limit", async () => {
    const all = (await list()).body.items as EventItem[];
    const after = await list(`/x?after=${all[3]?.id}`);
    expect(after.body.items.map((e: EventItem) => e.seq)).toEqual([5, 6]);
    const first = await list("/x?limit=4");
    expect(first.body.items.map((e: EventItem) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(first.body.nextCursor).toBe(all[3]?.id);
    const rest = await list(`/x?limit=4&after=${first.body.nextCursor}`);
    expect(rest.body.items.map((e: EventItem) => e.seq)).toEqual([5, 6]);
    expect(rest.body.nextCursor).toBeNull();
  });

  it("answers 400 for a bad `after` or `limit`", async () => {
    expectError(await list("/x?after=abc"), 400, "invalid_input", [["after"]]);
    expectError(await list("/x?after=-1"), 400, "invalid_input", [["after"]]);
    expectError(await list("/x?limit=0"), 400, "invalid_input", [["limit"]]);
  });

  it.each(["owner", "reviewer", "annotator", "viewer"] as const)("lets a %s read the log", async (role) => {
    expect((await list("/x", team[role].token)).status).toBe(200);
  });

  it("hides the project from an outsider and answers 401 without a token", async () => {
    expectHidden(await list("/x", team.outsider.token));
    expectError(await call(GET, { params: { projectId: team.projectId } }), 401, "unauthorized");
  });
});
