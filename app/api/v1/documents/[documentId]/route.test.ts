import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

let team: Team;
let documentId: string;
const TEXT = "\u0622\u06cc\u062a\u200c\u0627\u0644\u0644\u0647 \u0645\u0646\u062a\u0638\u0631\u06cc wrote: \u00abe\u0301\u00bb \u{1F4DC}\r\n\tend.";

beforeAll(async () => {
  team = await createTeam();
  const res = await call(createDocument, {
    token: team.annotator.token,
    params: { projectId: team.projectId },
    body: { title: "Letter", text: TEXT, sourceUrl: "https://example.org/letter", publisher: "Archive", author: "A. Author", publishedAt: "1988-08-15", language: "fa" },
  });
  expect(res.status).toBe(201);
  documentId = res.body.id;
});

describe("GET /api/v1/documents/{documentId}", () => {
  it("answers the exact text, its UTF-8 sha256 and its UTF-16 length", async () => {
    const res = await call(GET, { token: team.viewer.token, params: { documentId } });
    expect(res.status).toBe(200);
    expect(res.body.text).toBe(TEXT);
    expect(res.body.text.length).toBe(res.body.length);
    expect(res.body.sha256).toBe(createHash("sha256").update(res.body.text, "utf8").digest("hex"));
    expect(res.body).toMatchObject({
      id: documentId,
      projectId: team.projectId,
      title: "Letter",
      text: TEXT,
      sha256: res.body.sha256,
      length: TEXT.length,
      version: 1,
      format: "text",
      sourceUrl: "https://example.org/letter",
      publisher: "Archive",
      author: "A. Author",
      publishedAt: "1988-08-15",
      language: "fa",
      capturedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      createdBy: team.annotator.id,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it.each(["owner", "reviewer", "annotator", "viewer"] as const)("lets a %s read it", async (role) => {
    expect((await call(GET, { token: team[role].token, params: { documentId } })).status).toBe(200);
  });

  it("answers an outsider exactly as for a document that does not exist", async () => {
    const res = await call(GET, { token: team.outsider.token, params: { documentId } });
    expectHidden(res, "document");
    const missing = await call(GET, { token: team.outsider.token, params: { documentId: "doc_doesnotexist" } });
    expect(missing.body).toEqual(res.body);
    expect(JSON.stringify(res.body)).not.toContain(team.projectId);
  });

  it("answers 401 without a valid token", async () => {
    expectError(await call(GET, { params: { documentId } }), 401, "unauthorized");
    expectError(await call(GET, { token: "pwb_forged", params: { documentId } }), 401, "unauthorized");
  });
});
