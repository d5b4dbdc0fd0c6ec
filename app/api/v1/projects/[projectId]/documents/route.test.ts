import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MAX_TEXT_BYTES } from "@/lib/documents/schemas";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { projectState } from "@/test/support/db-state";
import { createTeam, createTeamProject, type Team } from "@/test/support/fixtures";
import { GET, POST } from "./route";

let team: Team;
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const PERSIAN = "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627\u06cc \u06f1\u06f3\u06f6\u06f7 \u{1F56F}\uFE0F\r\n";

beforeAll(async () => {
  team = await createTeam();
});

const post = (token: string, body: unknown, projectId = team.projectId) => call(POST, { token, params: { projectId }, body });

describe("POST /api/v1/projects/{projectId}/documents", () => {
  it("stores text exactly and answers {id, title, sha256, length, version}", async () => {
    const before = await projectState(team.projectId);
    const res = await post(team.annotator.token, { title: "Persian source", text: PERSIAN, language: "fa", publishedAt: "1988-07" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), title: "Persian source", sha256: sha256(PERSIAN), length: PERSIAN.length, version: 1 });
    expect(res.body.length).toBe(20);
    expect(res.body).not.toHaveProperty("text");
    const row = await db().document.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.text).toBe(PERSIAN);
    expect(row).toMatchObject({ projectId: team.projectId, format: "text", language: "fa", publishedAt: "1988-07", createdById: team.annotator.id });
    const after = await projectState(team.projectId);
    expect(after.documents).toBe(before.documents + 1);
    const event = await db().event.findFirstOrThrow({ where: { projectId: team.projectId }, orderBy: { seq: "desc" } });
    expect(event).toMatchObject({ type: "document.created", subjectId: res.body.id, actorId: team.annotator.id });
    expect(event.data).toMatchObject({ after: { sha256: sha256(PERSIAN), length: 20, title: "Persian source" } });
  });

  it("converts html to plain text and fingerprints the converted text", async () => {
    const res = await post(team.owner.token, { title: "Captured page", html: "<h1>Title</h1><script>evil()</script><p>Body</p>", sourceUrl: "https://example.org/a" });
    expect(res.status).toBe(201);
    const row = await db().document.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.text).toBe("Title\n\nBody");
    expect(row.format).toBe("html");
    expect(res.body).toMatchObject({ sha256: sha256("Title\n\nBody"), length: 11 });
  });

  it.each([
    ["neither text nor html", { title: "T" }, ["text"]],
    ["both text and html", { title: "T", text: "a", html: "<p>a</p>" }, ["html"]],
    ["a missing title", { text: "a" }, ["title"]],
    ["a non-http sourceUrl", { title: "T", text: "a", sourceUrl: "file:///etc/passwd" }, ["sourceUrl"]],
    ["a bad date", { title: "T", text: "a", publishedAt: "summer 1988" }, ["publishedAt"]],
    ["an unknown key", { title: "T", text: "a", txt: "typo" }, ["txt"]],
    ["a NUL character", { title: "T", text: "a\u0000b" }, ["text"]],
    ["a lone surrogate", { title: "T", text: "a\ud800b" }, ["text"]],
    ["html with no text in it", { title: "T", html: "<script>x()</script>" }, ["html"]],
  ])("answers 400 for %s, naming the field, and writes nothing", async (_label, body, path) => {
    const before = await projectState(team.projectId);
    expectError(await post(team.annotator.token, body), 400, "invalid_input", [path]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("answers 413 for text over 5 MB and writes nothing", async () => {
    const before = await projectState(team.projectId);
    expectError(await post(team.annotator.token, { title: "Big", text: "a".repeat(MAX_TEXT_BYTES + 1) }), 413, "payload_too_large");
    expectError(await post(team.annotator.token, { title: "Big", text: "\u0627".repeat(MAX_TEXT_BYTES / 2 + 1) }), 413, "payload_too_large");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("refuses a viewer with 403 and writes nothing", async () => {
    const before = await projectState(team.projectId);
    const res = await post(team.viewer.token, { title: "T", text: "a" });
    expectError(res, 403, "forbidden");
    expect(res.body.error.message).toContain("annotator");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("hides the project from an outsider and answers 401 without a valid token", async () => {
    const before = await projectState(team.projectId);
    expectHidden(await post(team.outsider.token, { title: "T", text: "a" }));
    expectError(await post("pwb_forged", { title: "T", text: "a" }), 401, "unauthorized");
    expectError(await call(POST, { params: { projectId: team.projectId }, body: { title: "T", text: "a" } }), 401, "unauthorized");
    expect(await projectState(team.projectId)).toEqual(before);
  });
});

describe("GET /api/v1/projects/{projectId}/documents", () => {
  it("lists documents without their text, to every member", async () => {
    const projectId = await createTeamProject(team);
    const created = await post(team.annotator.token, { title: "Listed", text: "Some text", publisher: "Iran Human Rights" }, projectId);
    for (const role of ["owner", "reviewer", "annotator", "viewer"] as const) {
      const res = await call(GET, { token: team[role].token, params: { projectId } });
      expect(res.status).toBe(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({ id: created.body.id, title: "Listed", sha256: sha256("Some text"), length: 9, version: 1, publisher: "Iran Human Rights" });
      expect(res.body.items[0]).not.toHaveProperty("text");
    }
  });

  it("pages with limit and cursor without gaps or repeats", async () => {
    const projectId = await createTeamProject(team);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(team.annotator.token, { title: `Doc ${i}`, text: `Text ${i}` }, projectId)).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/x?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const res = await call(GET, { token: team.viewer.token, params: { projectId }, url });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBe(seen.length < 4 ? 2 : 1);
      seen.push(...res.body.items.map((d: { id: string }) => d.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...ids].sort());
    const whole = await call(GET, { token: team.viewer.token, params: { projectId }, url: "/x?limit=500" });
    expect(whole.body.items.map((d: { id: string }) => d.id)).toEqual(seen);
  });

  it("answers 400 for a bad limit or cursor", async () => {
    const get = (url: string) => call(GET, { token: team.viewer.token, params: { projectId: team.projectId }, url });
    expectError(await get("/x?limit=0"), 400, "invalid_input", [["limit"]]);
    expectError(await get("/x?limit=abc"), 400, "invalid_input", [["limit"]]);
    expectError(await get("/x?cursor=bm90LWpzb24"), 400, "invalid_input", [["cursor"]]);
  });

  it("hides the project from an outsider and answers 401 without a token", async () => {
    expectHidden(await call(GET, { token: team.outsider.token, params: { projectId: team.projectId } }));
    expectError(await call(GET, { params: { projectId: team.projectId } }), 401, "unauthorized");
  });
});
